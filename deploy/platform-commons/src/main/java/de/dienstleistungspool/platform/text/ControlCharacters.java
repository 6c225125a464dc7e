package de.dienstleistungspool.platform.text;

/**
 * Control characters in member-supplied text: refused where it enters ({@link SingleLine}) and stripped again where a
 * header is built, in case such text arrived before the check or through another path.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Whether the text holds a C0 or C1 control character, DEL, or a Unicode line or paragraph separator. */
    public static boolean containsAny(String text) {
        return text.codePoints().anyMatch(ControlCharacters::isControl);
    }

    /** The text with every control character (line breaks included) replaced by a space, runs of spaces collapsed. */
    public static String flatten(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(isControl(c) ? ' ' : c));
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    private static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029';
    }
}
