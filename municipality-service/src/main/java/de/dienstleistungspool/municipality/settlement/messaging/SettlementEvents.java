package de.dienstleistungspool.municipality.settlement.messaging;

import de.dienstleistungspool.platform.outbox.OutgoingEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * The events settlement publishes on {@code settlement-events} (key: region id) through the outbox.
 */
public final class SettlementEvents {

    /** Topic of all settlement events. */
    public static final String TOPIC = "settlement-events";

    private SettlementEvents() {
    }

    /** A settlement event, keyed by region id. */
    public interface SettlementEvent extends OutgoingEvent {

        UUID regionId();

        @Override
        default String topic() {
            return TOPIC;
        }

        @Override
        default String key() {
            return regionId().toString();
        }
    }

    /** A region's financial year was closed; {@code netting} names the binding payment scheme. */
    public record YearClosed(UUID eventId, String eventType, Instant occurredAt, UUID regionId, int year,
                             String closedBy, String netting) implements SettlementEvent {
        public YearClosed(UUID regionId, int year, String closedBy, String netting) {
            this(UUID.randomUUID(), "YearClosed", Instant.now(), regionId, year, closedBy, netting);
        }
    }

    /**
     * An invoice or credit note ({@code typeCode} 380 or 381) was issued and stored: {@code GET /settlement/invoices/{invoiceId}}.
     * {@code sellerId} or {@code buyerId} is null where the pool is that party; {@code externalReference} and
     * {@code costCentre} are the buyer's own reference from the booking (null for year-end payments).
     */
    public record InvoiceIssued(UUID eventId, String eventType, Instant occurredAt, UUID regionId, UUID invoiceId,
                                String number, String typeCode, String issueDate, UUID sellerId, UUID buyerId,
                                UUID bookingId, UUID paymentId, UUID correctsInvoiceId, String sector,
                                java.math.BigDecimal netAmount, String externalReference, String costCentre)
            implements SettlementEvent {
    }

    /** A member's year-end statement for one sector can be fetched at {@code /settlement/statements/{statementId}}. */
    public record StatementReady(UUID eventId, String eventType, Instant occurredAt, UUID regionId, UUID memberId,
                                 int year, String sector, UUID statementId) implements SettlementEvent {
        public StatementReady(UUID regionId, UUID memberId, int year, String sector, UUID statementId) {
            this(UUID.randomUUID(), "StatementReady", Instant.now(), regionId, memberId, year, sector, statementId);
        }
    }
}
