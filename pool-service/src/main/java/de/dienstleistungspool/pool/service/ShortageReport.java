package de.dienstleistungspool.pool.service;

import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import de.dienstleistungspool.platform.text.CsvCells;
import de.dienstleistungspool.pool.domain.UnmetDemandRepository;
import de.dienstleistungspool.pool.domain.UtilisationQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The coordinator's shortage radar: for every category and sector with unmet demand in a year, each month's searches
 * without hit, refusals and waiting-list entries beside the utilisation of the region's offers of that kind, and the
 * hints where demand went unmet over several months.
 */
@ApplicationScoped
public class ShortageReport {

    @Inject
    UnmetDemandRepository demand;

    @Inject
    UtilisationQuery utilisation;

    @Inject
    ShortageHints hints;

    @Inject
    Caller caller;

    /** The region's report; only the region's coordinator sees it, for anyone else the region does not exist. */
    public ShortageReportView report(UUID regionId, int year) {
        if (!caller.isCoordinatorOf(regionId)) {
            throw ProblemException.notFound("Region", regionId);
        }
        if (year < 2000 || year > 2100) {
            throw ProblemException.badRequest("invalid-parameter", "year must lie between 2000 and 2100");
        }
        Map<List<String>, UnmetDemandRepository.MonthCount[]> needs = new LinkedHashMap<>();
        for (UnmetDemandRepository.MonthCount c : demand.monthly(regionId, year)) {
            needs.computeIfAbsent(Arrays.asList(c.category(), c.sector()),
                    k -> new UnmetDemandRepository.MonthCount[12])[c.month() - 1] = c;
        }
        List<UtilisationQuery.Row> offers = needs.isEmpty() ? List.of() : utilisation.monthly(regionId, null, year);
        List<ShortageReportView.Row> rows = new ArrayList<>();
        List<ShortageReportView.Hint> found = new ArrayList<>();
        needs.forEach((key, counts) -> {
            List<ShortageReportView.Row> months = new ArrayList<>(12);
            for (int m = 1; m <= 12; m++) {
                months.add(row(key.get(0), key.get(1), year, m, counts[m - 1], offers));
            }
            rows.addAll(months);
            found.addAll(hints.of(months));
        });
        return new ShortageReportView(regionId, year, rows, found);
    }

    private static ShortageReportView.Row row(String category, String sector, int year, int month,
                                              UnmetDemandRepository.MonthCount c, List<UtilisationQuery.Row> offers) {
        BigDecimal bookable = BigDecimal.ZERO;
        BigDecimal booked = BigDecimal.ZERO;
        for (UtilisationQuery.Row o : offers) {
            if (o.month() == month && o.category().equals(category) && (sector == null || o.sectors().contains(sector))) {
                bookable = bookable.add(o.bookableHours());
                booked = booked.add(o.bookedHours());
            }
        }
        long searches = c == null ? 0 : c.searches();
        long refusals = c == null ? 0 : c.refusals();
        long waitlist = c == null ? 0 : c.waitlist();
        return new ShortageReportView.Row(category, CategoryNames.category(category), sector,
                String.format("%d-%02d", year, month), searches, refusals, waitlist, searches + refusals + waitlist,
                c == null ? 0 : c.members(), c == null ? null : c.meanDistanceKm(),
                bookable.setScale(2, RoundingMode.HALF_UP), booked.setScale(2, RoundingMode.HALF_UP),
                bookable.signum() == 0 ? null : booked.divide(bookable, 4, RoundingMode.HALF_UP));
    }

    /**
     * The report as CSV (RFC 4180, comma separated, dot decimals, one header line, cells through {@link CsvCells}); a
     * hint stands in the row of the last month it covers.
     */
    public static String csv(ShortageReportView view) {
        StringBuilder s = new StringBuilder("category,category_name,sector,month,searches_without_hit,refusals,"
                + "waitlist_entries,unmet_demand,members,mean_distance_km,bookable_hours,booked_hours,utilisation,hint\r\n");
        for (ShortageReportView.Row r : view.rows()) {
            String hint = view.hints().stream().filter(h -> h.category().equals(r.category())
                            && Objects.equals(h.sector(), r.sector()) && h.toMonth().equals(r.month()))
                    .map(ShortageReportView.Hint::text).findFirst().orElse(null);
            s.append(CsvCells.cell(r.category(), ',')).append(',').append(CsvCells.cell(r.categoryName(), ',')).append(',')
                    .append(CsvCells.cell(r.sector(), ',')).append(',').append(r.month()).append(',')
                    .append(r.searchesWithoutHit()).append(',').append(r.refusals()).append(',')
                    .append(r.waitlistEntries()).append(',').append(r.unmetDemand()).append(',').append(r.members()).append(',')
                    .append(plain(r.meanDistanceKm())).append(',').append(plain(r.bookableHours())).append(',')
                    .append(plain(r.bookedHours())).append(',').append(plain(r.utilisation())).append(',')
                    .append(CsvCells.cell(hint, ',')).append("\r\n");
        }
        return s.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
