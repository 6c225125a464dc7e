package de.dienstleistungspool.portal.pages;

import java.util.regex.Pattern;

/**
 * Reads the query parameters of the pages leniently: a person may edit the address bar, so anything unreadable
 * becomes "no filter" instead of an error, and only well-formed values reach a service.
 */
final class Params {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");
    private static final Pattern RADIUS = Pattern.compile("[1-9][0-9]{0,2}");

    private Params() {
    }

    /** An UPPER_SNAKE_CASE code (kind, category, sector), or empty. */
    static String code(String value) {
        return value != null && CODE.matcher(value.strip()).matches() ? value.strip() : "";
    }

    /** A radius in whole kilometres, 1 to 999, or empty. */
    static String radius(String value) {
        return value != null && RADIUS.matcher(value.strip()).matches() ? value.strip() : "";
    }

    static String orNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** A positive whole number, or the fallback. */
    static int integer(String value, int fallback) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.strip());
            return n > 0 ? n : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
