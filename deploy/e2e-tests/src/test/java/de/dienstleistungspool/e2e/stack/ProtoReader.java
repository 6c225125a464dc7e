package de.dienstleistungspool.e2e.stack;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads the protobuf wire format (varints, length-delimited fields) as far as {@link OtlpReceiver} needs it. */
final class ProtoReader {

    private final byte[] bytes;
    private int position;
    private final int end;

    ProtoReader(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    private ProtoReader(byte[] bytes, int from, int end) {
        this.bytes = bytes;
        this.position = from;
        this.end = end;
    }

    boolean more() {
        return position < end;
    }

    /** The next field's tag: field number {@code tag >>> 3}, wire type {@code tag & 7}. */
    int tag() {
        return (int) varint();
    }

    long varint() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = next();
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("varint longer than 10 bytes");
    }

    byte[] bytes() {
        int length = length();
        byte[] out = Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return out;
    }

    String string() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    /** A length-delimited field read as an embedded message. */
    ProtoReader message() {
        int length = length();
        ProtoReader inner = new ProtoReader(bytes, position, position + length);
        position += length;
        return inner;
    }

    /** Skips the value of a field of the given tag. */
    void skip(int tag) {
        switch (tag & 7) {
            case 0 -> varint();
            case 1 -> advance(8);
            case 2 -> advance(length());
            case 5 -> advance(4);
            default -> throw new IllegalArgumentException("wire type " + (tag & 7));
        }
    }

    private int length() {
        long length = varint();
        if (length < 0 || position + length > end) {
            throw new IllegalArgumentException("length " + length + " beyond the message");
        }
        return (int) length;
    }

    private void advance(int n) {
        if (position + n > end) {
            throw new IllegalArgumentException("field beyond the message");
        }
        position += n;
    }

    private byte next() {
        if (position >= end) {
            throw new IllegalArgumentException("truncated message");
        }
        return bytes[position++];
    }
}
