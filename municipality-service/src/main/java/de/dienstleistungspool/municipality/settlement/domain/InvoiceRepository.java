package de.dienstleistungspool.municipality.settlement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores issued invoices (table {@code settlement_invoice}) and hands out the numbers of a region's series per issue
 * year ({@code settlement_invoice_series}); the database's triggers keep the series gap-free and the invoices immutable.
 */
@ApplicationScoped
public class InvoiceRepository {

    private static final String COLUMNS = "id, region_id, year, sequence, number, type_code, booking_id, payment_id, "
            + "corrects_invoice_id, seller_id, buyer_id, sector, net_amount, issue_date, issued_at, issued_by, xml";

    @Inject
    EntityManager em;

    /**
     * Locks the region's series of the year until the transaction ends and answers the number the next invoice must
     * carry; concurrent issues of the region and year wait here, so an issue sees every invoice committed before it.
     */
    public int lockSeries(UUID regionId, int year) {
        em.createNativeQuery("insert into settlement_invoice_series (region_id, year) values (?1, ?2) on conflict do nothing")
                .setParameter(1, regionId).setParameter(2, year).executeUpdate();
        Number last = (Number) em.createNativeQuery("select last_sequence from settlement_invoice_series "
                        + "where region_id = ?1 and year = ?2 for update")
                .setParameter(1, regionId).setParameter(2, year).getSingleResult();
        return last.intValue() + 1;
    }

    /** Inserts an invoice; its insert trigger advances the series to its number (SQLSTATE DPIN1 if it is not the next). */
    public void insert(IssuedInvoice i) {
        em.createNativeQuery("insert into settlement_invoice (" + COLUMNS + ") values "
                        + "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)")
                .setParameter(1, i.id()).setParameter(2, i.regionId()).setParameter(3, i.year()).setParameter(4, i.sequence())
                .setParameter(5, i.number()).setParameter(6, i.typeCode()).setParameter(7, i.bookingId())
                .setParameter(8, i.paymentId()).setParameter(9, i.correctsInvoiceId()).setParameter(10, i.sellerId())
                .setParameter(11, i.buyerId()).setParameter(12, i.sector().name()).setParameter(13, i.netAmount())
                .setParameter(14, Date.valueOf(i.issueDate())).setParameter(15, java.sql.Timestamp.from(i.issuedAt()))
                .setParameter(16, i.issuedBy()).setParameter(17, i.xml())
                .executeUpdate();
    }

    public Optional<IssuedInvoice> find(UUID id) {
        return one("id = ?1", id);
    }

    /** The invoice (not a credit note) of a booking. */
    public Optional<IssuedInvoice> ofBooking(UUID bookingId) {
        return one("booking_id = ?1 and type_code = '380'", bookingId);
    }

    /** The invoice (not a credit note) of a year-end payment. */
    public Optional<IssuedInvoice> ofPayment(UUID paymentId) {
        return one("payment_id = ?1 and type_code = '380'", paymentId);
    }

    /** The credit note that corrects an invoice. */
    public Optional<IssuedInvoice> creditNoteOf(UUID invoiceId) {
        return one("corrects_invoice_id = ?1", invoiceId);
    }

    private Optional<IssuedInvoice> one(String where, UUID id) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from settlement_invoice where " + where)
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(o -> {
            Object[] r = (Object[]) o;
            return new IssuedInvoice((UUID) r[0], (UUID) r[1], ((Number) r[2]).intValue(), ((Number) r[3]).intValue(),
                    (String) r[4], (String) r[5], (UUID) r[6], (UUID) r[7], (UUID) r[8], (UUID) r[9], (UUID) r[10],
                    Sector.valueOf((String) r[11]), (BigDecimal) r[12], localDate(r[13]), ClosedYearRepository.toInstant(r[14]),
                    (String) r[15], (byte[]) r[16]);
        });
    }

    private static LocalDate localDate(Object o) {
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }
}
