package de.dienstleistungspool.pool.rest;

import de.dienstleistungspool.platform.problem.ProblemException;
import java.util.Arrays;
import java.util.Locale;

/** Parses optional query parameters with a 400 that names the parameter and the allowed values. */
final class Params {

    private Params() {
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("invalid-parameter", "Query parameter '" + name + "' has the unknown value '"
                    + value + "'; allowed: " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static Double number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("invalid-parameter", "Query parameter '" + name + "' is not a number: '" + value + "'");
        }
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
