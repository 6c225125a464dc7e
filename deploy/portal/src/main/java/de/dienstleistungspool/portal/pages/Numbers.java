package de.dienstleistungspool.portal.pages;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Quantities, distances and money in German notation ({@code {q.de}} gives "7,5", {@code {d.km}} gives "8,5 km",
 * {@code {a.eur}} gives "1.087,50 €").
 */
public final class Numbers {

    private Numbers() {
    }

    /** A quantity without trailing zeros, decimal comma. */
    @TemplateExtension
    public static String de(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        return format.format(value);
    }

    /** A distance in kilometres with one decimal. */
    @TemplateExtension
    public static String km(BigDecimal value) {
        return value == null ? "" : de(value.setScale(1, RoundingMode.HALF_UP)) + " km";
    }

    /** An amount in euros with two decimals; empty when there is none (e.g. no rate for the year). */
    @TemplateExtension
    public static String eur(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        return format.format(value.setScale(2, RoundingMode.HALF_UP)) + " €";
    }

    /** The absolute value, for amounts whose direction the text already says. */
    @TemplateExtension
    public static BigDecimal abs(BigDecimal value) {
        return value == null ? null : value.abs();
    }

    /** Whether the value is above zero. */
    @TemplateExtension
    public static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }

    /** Whether the value is below zero. */
    @TemplateExtension
    public static boolean negative(BigDecimal value) {
        return value != null && value.signum() < 0;
    }

    /**
     * A number as a person types it: German ("1.087,50", "7,5") or with a decimal point ("7.5"); null if unreadable.
     * With a comma, points are thousands separators; without one, a point is the decimal point.
     */
    public static BigDecimal parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().replace(" ", "").replace("€", "");
        if (v.contains(",")) {
            v = v.replace(".", "").replace(',', '.');
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A share (0.4321) as a German percentage with one decimal ("43,2 %"). */
    @TemplateExtension
    public static String percent(BigDecimal share) {
        return share == null ? "" : de(share.movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + " %";
    }
}
