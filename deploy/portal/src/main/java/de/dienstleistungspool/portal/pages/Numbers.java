package de.dienstleistungspool.portal.pages;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Quantities and distances in German notation ({@code {q.de}} gives "7,5", {@code {d.km}} gives "8,5 km"). */
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
}
