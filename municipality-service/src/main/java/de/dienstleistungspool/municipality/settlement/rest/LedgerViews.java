package de.dienstleistungspool.municipality.settlement.rest;

import de.dienstleistungspool.municipality.settlement.domain.LedgerLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The JSON shapes of the ledger endpoints.
 */
public final class LedgerViews {

    private LedgerViews() {
    }

    /**
     * One ledger line as accounting sees it; {@code bookingId} traces it to the booking behind it. {@code rate} and
     * {@code amount} are null while the line is not valued; {@code valuedAt} is set when a later valuation gave them. {@code externalReference} and {@code costCentre} are the
     * client's own order number and cost centre from the booking.
     */
    public record LineView(UUID id, UUID entryId, int year, String entryKind, String settlementMode, String sector,
                           String category, String unit, String side, UUID memberId, UUID counterpartyId,
                           BigDecimal quantity, BigDecimal rate, BigDecimal amount, boolean valued, Instant valuedAt,
                           UUID bookingId, UUID reversesEntryId, Instant usageStart, Instant usageEnd, String offerTitle,
                           Instant recordedAt, String recordedBy, String note, String externalReference,
                           String costCentre) {

        public static LineView of(LedgerLine l) {
            return new LineView(l.id, l.entryId, l.year, l.entryKind.name(), l.settlementMode.name(), l.sector.name(),
                    l.category, l.unit.name(), l.side.name(), l.memberId, l.counterpartyId, l.quantity, l.valueRate(),
                    l.valueAmount(), l.isValued(), l.amount == null ? l.valuedAt : null, l.bookingId, l.reversesEntryId,
                    l.usageStart, l.usageEnd, l.offerTitle, l.recordedAt, l.recordedBy, l.note,
                    l.externalReference, l.costCentre);
        }
    }

    /**
     * One change of the ledger feed: {@code ENTRY_CREATED} (a usage or carry-over line), {@code ENTRY_REVERSED} (a
     * line of a reversal entry, naming the entry it reverses) or {@code ENTRY_VALUED} (the line got its rate and amount
     * from a later valuation); {@code line} is the line as it stands now.
     */
    public record ChangeView(String cursor, String change, Instant changedAt, LineView line) {
    }

    /** A page of the change feed; ask again with {@code after=nextCursor} (the same cursor while nothing is new). */
    public record ChangePage(List<ChangeView> items, String nextCursor) {
    }

    /** Both lines of one entry. */
    public record EntryView(UUID entryId, List<LineView> lines) {
    }

    /** Why an entry is reversed. */
    public record ReversalRequest(@NotBlank @Size(max = 500) String reason) {
    }
}
