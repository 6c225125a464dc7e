package de.dienstleistungspool.platform.messaging;

/**
 * A message that can never be processed as it is: it does not parse into the consumer's payload record, breaks the
 * contract's shape, or fails the consumer's plausibility check. Thrown inside the consumer's transaction, it rolls the
 * transaction back and sends the message to the channel's dead-letter topic, its message becoming the
 * {@code dead-letter-reason} header.
 */
public final class PoisonMessage extends RuntimeException {

    /** Why the message is poison; also the {@code reason} tag of the {@code consumer.dead.lettered} counter. */
    public enum Kind {
        /** Not JSON, not the payload record's shape, or a field the contract requires is missing or invalid. */
        UNREADABLE,
        /** Well-formed, but contradicts what this service knows (the consumer's {@code check}). */
        IMPLAUSIBLE
    }

    private final Kind kind;

    private PoisonMessage(Kind kind, String reason) {
        super(kind.name().toLowerCase() + ": " + reason, null, false, false); // the reason says it all: no stack trace
        this.kind = kind;
    }

    /** The message does not parse or breaks the contract's shape. */
    public static PoisonMessage unreadable(String reason) {
        return new PoisonMessage(Kind.UNREADABLE, reason);
    }

    /** The message is well-formed but must not count, e.g. it names an offer this service does not know. */
    public static PoisonMessage implausible(String reason) {
        return new PoisonMessage(Kind.IMPLAUSIBLE, reason);
    }

    public Kind kind() {
        return kind;
    }
}
