package de.dienstleistungspool.pool.service;

import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import de.dienstleistungspool.platform.text.CsvCells;
import de.dienstleistungspool.pool.domain.Member;
import de.dienstleistungspool.pool.domain.MemberRepository;
import de.dienstleistungspool.pool.domain.UtilisationQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/** Groups the monthly per-offer utilisation by offer, category or member, per month or per year. */
@ApplicationScoped
public class UtilisationService {

    @Inject
    UtilisationQuery query;

    @Inject
    MemberRepository members;

    @Inject
    Caller caller;

    public UtilisationView utilisation(int year, String groupBy, String granularity, UUID memberId) {
        if (year < 2000 || year > 2100) {
            throw ProblemException.badRequest("invalid-parameter", "year must lie between 2000 and 2100");
        }
        Function<UtilisationQuery.Row, String[]> grouping = switch (groupBy) {
            case "offer" -> r -> new String[] {r.offerId().toString(), r.title()};
            case "category" -> r -> new String[] {r.category(), r.category()};
            case "member" -> r -> new String[] {r.ownerMemberId().toString(), memberName(r.ownerMemberId())};
            default -> throw ProblemException.badRequest("invalid-parameter", "groupBy must be offer, category or member");
        };
        boolean monthly = switch (granularity) {
            case "month" -> true;
            case "year" -> false;
            default -> throw ProblemException.badRequest("invalid-parameter", "granularity must be month or year");
        };
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        Map<String, String[]> labels = new TreeMap<>();
        for (UtilisationQuery.Row r : query.monthly(caller.regionId(), memberId, year)) {
            String[] group = grouping.apply(r);
            String period = monthly ? String.format("%d-%02d", year, r.month()) : String.valueOf(year);
            String key = group[0] + '\u0000' + period;
            labels.putIfAbsent(key, new String[] {group[0], group[1], period});
            BigDecimal[] sum = sums.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(r.bookableHours());
            sum[1] = sum[1].add(r.bookedHours());
            sum[2] = sum[2].add(BigDecimal.valueOf(r.withdrawals()));
        }
        List<UtilisationView.Row> rows = new ArrayList<>();
        sums.forEach((key, sum) -> {
            String[] l = labels.get(key);
            BigDecimal bookable = sum[0].setScale(2, RoundingMode.HALF_UP);
            BigDecimal booked = sum[1].setScale(2, RoundingMode.HALF_UP);
            BigDecimal ratio = sum[0].signum() == 0 ? null : sum[1].divide(sum[0], 4, RoundingMode.HALF_UP);
            rows.add(new UtilisationView.Row(l[0], l[1], l[2], bookable, booked, ratio, sum[2].longValue()));
        });
        return new UtilisationView(year, groupBy, granularity, rows);
    }

    private final Map<UUID, String> names = new java.util.concurrent.ConcurrentHashMap<>();

    private String memberName(UUID memberId) {
        return names.computeIfAbsent(memberId, id -> {
            Member m = members.findById(id);
            return m == null ? id.toString() : m.name;
        });
    }

    /** The view as CSV (RFC 4180, comma separated, dot decimals, one header line; cells through {@link CsvCells}). */
    public static String csv(UtilisationView view) {
        StringBuilder s = new StringBuilder("key,label,period,bookable_hours,booked_hours,utilisation,withdrawals\r\n");
        for (UtilisationView.Row r : view.rows()) {
            s.append(CsvCells.cell(r.key(), ',')).append(',').append(CsvCells.cell(r.label(), ',')).append(',')
                    .append(CsvCells.cell(r.period(), ',')).append(',')
                    .append(r.bookableHours().toPlainString()).append(',').append(r.bookedHours().toPlainString()).append(',')
                    .append(r.utilisation() == null ? "" : r.utilisation().toPlainString()).append(',')
                    .append(r.withdrawals()).append("\r\n");
        }
        return s.toString();
    }
}
