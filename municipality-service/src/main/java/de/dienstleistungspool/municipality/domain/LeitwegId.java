package de.dienstleistungspool.municipality.domain;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a Leitweg-ID, the routing address of a German public body for e-invoices (XRechnung, KoSIT
 * "Formatspezifikation Leitweg-ID"): coarse address of 2-12 digits, optional fine address of up to 30 letters or
 * digits, and two check digits computed with ISO 7064 MOD 97-10, the parts separated by '-'.
 */
public final class LeitwegId {

    private static final Pattern FORMAT = Pattern.compile("^(\\d{2,12})(?:-([A-Za-z0-9]{1,30}))?-(\\d{2})$");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private LeitwegId() {
    }

    /** Why the value is not a valid Leitweg-ID, or empty when it is one. */
    public static Optional<String> problemWith(String value) {
        if (value == null) {
            return Optional.of("a Leitweg-ID is required");
        }
        Matcher m = FORMAT.matcher(value);
        if (!m.matches()) {
            return Optional.of("'" + value + "' does not have the Leitweg-ID format <2-12 digits>[-<up to 30 letters/digits>]-<2 check digits>");
        }
        String body = m.group(1) + (m.group(2) == null ? "" : m.group(2));
        String expected = checkDigits(body);
        if (!expected.equals(m.group(3))) {
            return Optional.of("check digits of '" + value + "' are wrong (ISO 7064 MOD 97-10 gives " + expected + ")");
        }
        return Optional.empty();
    }

    /** The two check digits for coarse plus fine address (without separators), per ISO 7064 MOD 97-10. */
    public static String checkDigits(String coarseAndFine) {
        BigInteger n = new BigInteger(numeric(coarseAndFine) + "00");
        int check = 98 - n.mod(NINETY_SEVEN).intValue();
        return String.format(Locale.ROOT, "%02d", check);
    }

    /** The complete Leitweg-ID for a coarse and an optional fine address. */
    public static String of(String coarse, String fine) {
        String body = coarse + (fine == null ? "" : fine);
        return coarse + (fine == null ? "" : "-" + fine) + "-" + checkDigits(body);
    }

    /** Letters become numbers (A=10 ... Z=35, case-insensitive), as MOD 97-10 prescribes. */
    private static String numeric(String s) {
        StringBuilder out = new StringBuilder(s.length() * 2);
        for (char c : s.toUpperCase(Locale.ROOT).toCharArray()) {
            out.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return out.toString();
    }
}
