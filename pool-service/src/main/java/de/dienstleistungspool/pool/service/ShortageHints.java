package de.dienstleistungspool.pool.service;

import de.dienstleistungspool.pool.config.RadarConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the runs of consecutive months in which a category and sector went short (at least
 * {@link RadarConfig#shortMonthNeeds()} unmet needs a month, for at least {@link RadarConfig#hintMonths()} months) and
 * says in plain German what happened and what the coordinator might consider, depending on how full the pool's own
 * offers of the kind were.
 */
@ApplicationScoped
public class ShortageHints {

    private static final Locale GERMAN = Locale.GERMAN;

    @Inject
    RadarConfig config;

    /** The hints for one category and sector, from its twelve monthly rows (January first). */
    public List<ShortageReportView.Hint> of(List<ShortageReportView.Row> months) {
        List<ShortageReportView.Hint> hints = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= months.size(); i++) {
            boolean isShort = i < months.size() && months.get(i).unmetDemand() >= config.shortMonthNeeds();
            if (isShort && start < 0) {
                start = i;
            } else if (!isShort && start >= 0) {
                if (i - start >= config.hintMonths()) {
                    hints.add(hint(months.subList(start, i)));
                }
                start = -1;
            }
        }
        return hints;
    }

    private ShortageReportView.Hint hint(List<ShortageReportView.Row> run) {
        long searches = run.stream().mapToLong(ShortageReportView.Row::searchesWithoutHit).sum();
        long refusals = run.stream().mapToLong(ShortageReportView.Row::refusals).sum();
        long waitlist = run.stream().mapToLong(ShortageReportView.Row::waitlistEntries).sum();
        BigDecimal bookable = run.stream().map(ShortageReportView.Row::bookableHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal booked = run.stream().map(ShortageReportView.Row::bookedHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal utilisation = bookable.signum() == 0 ? null : booked.divide(bookable, 4, RoundingMode.HALF_UP);
        ShortageReportView.Row first = run.get(0);
        ShortageReportView.Row last = run.get(run.size() - 1);
        String what = first.categoryName() + (first.sector() == null ? "" : " (" + CategoryNames.sector(first.sector()) + ")");
        List<String> clauses = new ArrayList<>();
        if (searches > 0) {
            clauses.add(searches == 1 ? "fand 1 Suche nach {what} keinen freien Termin"
                    : "fanden " + searches + " Suchen nach {what} keinen freien Termin");
        }
        if (refusals > 0) {
            clauses.add((refusals == 1 ? "wurde 1 Anfrage" : "wurden " + refusals + " Anfragen")
                    + (clauses.isEmpty() ? " für {what}" : "") + " mangels freier Kapazität abgelehnt");
        }
        if (waitlist > 0) {
            clauses.add((waitlist == 1 ? "kam 1 Anfrage" : "kamen " + waitlist + " Anfragen")
                    + (clauses.isEmpty() ? " für {what}" : "") + " auf die Warteliste");
        }
        String text = "Im " + period(first.month(), last.month()) + " " + join(clauses).replace("{what}", what) + ". " + advice(utilisation);
        return new ShortageReportView.Hint(first.category(), first.sector(), first.month(), last.month(), searches,
                refusals, waitlist, utilisation, text);
    }

    private String advice(BigDecimal utilisation) {
        if (utilisation == null) {
            return "Im Pool gibt es dafür kein buchbares Angebot – ein Angebot eines Mitglieds, eine Anschaffung oder "
                    + "eine Kooperation mit dem Nachbarkreis prüfen.";
        }
        String percent = utilisation.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + " %";
        if (utilisation.compareTo(config.fullUtilisation()) >= 0) {
            return "Die vorhandenen Angebote waren zu " + percent + " ausgelastet – eine weitere Maschine oder eine "
                    + "Kooperation prüfen.";
        }
        return "Die vorhandenen Angebote waren nur zu " + percent + " ausgelastet – buchbare Zeiten, Umkreis und "
                + "Terminabsprachen prüfen, bevor eine weitere Maschine angeschafft wird.";
    }

    /** {@code März bis Mai 2026}, or {@code Dezember 2026} for a single month. */
    private static String period(String from, String to) {
        String year = from.substring(0, 4);
        String first = Month.of(Integer.parseInt(from.substring(5))).getDisplayName(TextStyle.FULL, GERMAN);
        String last = Month.of(Integer.parseInt(to.substring(5))).getDisplayName(TextStyle.FULL, GERMAN);
        return from.equals(to) ? first + " " + year : first + " bis " + last + " " + year;
    }

    private static String join(List<String> clauses) {
        if (clauses.size() == 1) {
            return clauses.get(0);
        }
        return String.join(", ", clauses.subList(0, clauses.size() - 1)) + " und " + clauses.get(clauses.size() - 1);
    }
}
