package de.dienstleistungspool.municipality.settlement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Read-only view of the identity part of this service (regions, members, rates, settlement terms) that settlement
 * needs, read from the same database in the caller's transaction.
 */
@ApplicationScoped
public class MemberDirectory {

    @Inject
    EntityManager em;

    /** What statements and invoices print about a member. */
    public record MemberInfo(UUID id, UUID regionId, String name, String kind, String leitwegId, String email,
                             String phone, String street, String postalCode, String city, String regionName) {
    }

    /** A region's rate for one sector and category in one year. */
    public record Rate(String unit, BigDecimal amount) {
    }

    /** A region's settlement terms for a year. */
    public record Terms(BigDecimal toleranceHours, String remainder) {
    }

    public Optional<MemberInfo> member(UUID memberId) {
        List<?> rows = em.createNativeQuery("select m.id, m.region_id, m.name, m.kind, m.leitweg_id, m.contact_email, "
                        + "m.contact_phone, m.street, m.postal_code, m.city, r.name from member m join region r on r.id = m.region_id "
                        + "where m.id = ?1")
                .setParameter(1, memberId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new MemberInfo((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10]));
    }

    /** The names of the region's members by id. */
    public Map<UUID, String> memberNames(UUID regionId) {
        Map<UUID, String> names = new HashMap<>();
        for (Object o : em.createNativeQuery("select id, name from member where region_id = ?1").setParameter(1, regionId).getResultList()) {
            Object[] r = (Object[]) o;
            names.put((UUID) r[0], (String) r[1]);
        }
        return names;
    }

    public Optional<String> regionName(UUID regionId) {
        List<?> rows = em.createNativeQuery("select name from region where id = ?1").setParameter(1, regionId).getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    public Optional<Rate> rate(UUID regionId, int year, Sector sector, String category) {
        List<?> rows = em.createNativeQuery("select unit, amount from rate where region_id = ?1 and year = ?2 and sector = ?3 and category = ?4")
                .setParameter(1, regionId).setParameter(2, year).setParameter(3, sector.name()).setParameter(4, category)
                .getResultList();
        return rows.stream().findFirst().map(o -> {
            Object[] r = (Object[]) o;
            return new Rate((String) r[0], (BigDecimal) r[1]);
        });
    }

    /** The region's terms for the year; none agreed means no tolerance and nothing carried over. */
    public Terms terms(UUID regionId, int year) {
        List<?> rows = em.createNativeQuery("select tolerance_hours, remainder from settlement_terms where region_id = ?1 and year = ?2")
                .setParameter(1, regionId).setParameter(2, year).getResultList();
        return rows.stream().findFirst().map(o -> {
            Object[] r = (Object[]) o;
            return new Terms((BigDecimal) r[0], (String) r[1]);
        }).orElse(new Terms(BigDecimal.ZERO, "PAY"));
    }

    /** The first year from {@code year} on that is not closed for the region, held open until the transaction ends. */
    public int openYear(UUID regionId, int year) {
        return ((Number) em.createNativeQuery("select settlement_open_year(?1, ?2)")
                .setParameter(1, regionId).setParameter(2, year).getSingleResult()).intValue();
    }

    public boolean isClosed(UUID regionId, int year) {
        return !em.createNativeQuery("select 1 from financial_year_close where region_id = ?1 and year = ?2")
                .setParameter(1, regionId).setParameter(2, year).getResultList().isEmpty();
    }
}
