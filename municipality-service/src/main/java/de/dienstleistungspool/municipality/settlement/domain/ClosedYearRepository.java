package de.dienstleistungspool.municipality.settlement.domain;

import de.dienstleistungspool.municipality.settlement.domain.MemberDirectory.Terms;
import de.dienstleistungspool.municipality.settlement.domain.Payment.Netting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the stored result of a closed year back, exactly as the close wrote it (see {@link YearCloseWriter}).
 */
@ApplicationScoped
public class ClosedYearRepository {

    @Inject
    EntityManager em;

    /** A stored close with the netting that was chosen as binding. */
    public record StoredClose(CloseComputation computation, Netting netting, String closedBy, java.time.Instant closedAt) {
    }

    public Optional<StoredClose> find(UUID regionId, int year) {
        List<?> head = em.createNativeQuery("select netting, tolerance_hours, remainder, hours_per_day, line_count, closed_by, closed_at "
                        + "from settlement_year_close where region_id = ?1 and year = ?2")
                .setParameter(1, regionId).setParameter(2, year).getResultList();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Object[] h = (Object[]) head.get(0);
        List<PairResult> pairs = new ArrayList<>();
        for (Object o : em.createNativeQuery("select sector, member_a, member_b, net_hours, net_value_time, net_value_metre, line_count, "
                        + "treatment, payable from settlement_pair_result where region_id = ?1 and year = ?2 order by sector, member_a, member_b")
                .setParameter(1, regionId).setParameter(2, year).getResultList()) {
            Object[] r = (Object[]) o;
            pairs.add(new PairResult(new PairBalance(Sector.valueOf((String) r[0]), (UUID) r[1], (UUID) r[2], (BigDecimal) r[3],
                    (BigDecimal) r[4], (BigDecimal) r[5], ((Number) r[6]).intValue()),
                    PairResult.Treatment.valueOf((String) r[7]), (BigDecimal) r[8]));
        }
        List<Payment> bilateral = new ArrayList<>();
        List<Payment> multilateral = new ArrayList<>();
        for (Object o : em.createNativeQuery("select id, sector, netting, payer_id, payee_id, amount from settlement_payment "
                        + "where region_id = ?1 and year = ?2 order by sector, netting, amount desc, id")
                .setParameter(1, regionId).setParameter(2, year).getResultList()) {
            Object[] r = (Object[]) o;
            Payment p = new Payment((UUID) r[0], Sector.valueOf((String) r[1]), Netting.valueOf((String) r[2]), (UUID) r[3],
                    (UUID) r[4], (BigDecimal) r[5]);
            (p.netting() == Netting.BILATERAL ? bilateral : multilateral).add(p);
        }
        CloseComputation computation = new CloseComputation(regionId, year, new Terms((BigDecimal) h[1], (String) h[2]),
                (BigDecimal) h[3], ((Number) h[4]).longValue(), pairs, bilateral, multilateral, NettingCalculator.positions(pairs));
        return Optional.of(new StoredClose(computation, Netting.valueOf((String) h[0]), (String) h[5], toInstant(h[6])));
    }

    public Optional<Payment> payment(UUID paymentId) {
        return em.createNativeQuery("select id, sector, netting, payer_id, payee_id, amount, region_id, year from settlement_payment where id = ?1")
                .setParameter(1, paymentId).getResultList().stream().findFirst().map(o -> {
                    Object[] r = (Object[]) o;
                    return new Payment((UUID) r[0], Sector.valueOf((String) r[1]), Netting.valueOf((String) r[2]), (UUID) r[3],
                            (UUID) r[4], (BigDecimal) r[5]);
                });
    }

    /** Region, member, year and sector of a stored statement, or empty. */
    public Optional<Object[]> statementRef(UUID statementId) {
        return em.createNativeQuery("select region_id, member_id, year, sector from settlement_statement where id = ?1")
                .setParameter(1, statementId).getResultList().stream().findFirst().map(o -> (Object[]) o);
    }

    /** Region and year of a payment, for access checks and invoice numbers. */
    public Object[] paymentOwner(UUID paymentId) {
        return (Object[]) em.createNativeQuery("select region_id, year from settlement_payment where id = ?1")
                .setParameter(1, paymentId).getSingleResult();
    }

    static java.time.Instant toInstant(Object o) {
        if (o instanceof java.time.Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) o).toInstant();
    }
}
