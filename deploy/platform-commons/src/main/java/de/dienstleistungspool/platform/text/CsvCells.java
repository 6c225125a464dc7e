package de.dienstleistungspool.platform.text;

/**
 * The one way every CSV of the platform writes a cell: text a spreadsheet would run as a formula (starting with
 * {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so Excel and LibreOffice show it as text; a
 * plain number ({@code -12,50}) stays a number; cells holding the separator, quotes or line breaks are quoted.
 */
public final class CsvCells {

    private static final String PLAIN_NUMBER = "-?[0-9]+([.,][0-9]+)?";

    private CsvCells() {
    }

    /** The cell as written between separators. */
    public static String cell(String value, char separator) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = startsLikeFormula(value) && !value.matches(PLAIN_NUMBER) ? "'" + value : value;
        boolean quote = safe.indexOf(separator) >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static boolean startsLikeFormula(String value) {
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }
}
