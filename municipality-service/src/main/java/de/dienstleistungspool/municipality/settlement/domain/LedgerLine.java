package de.dienstleistungspool.municipality.settlement.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Immutable;

/**
 * One side of a double-entry ledger entry; written once and never changed (the database refuses updates). A line
 * recorded before its year's rates existed has no rate and amount of its own; its entry's later valuation
 * ({@code ledger_valuation}) supplies them, read here as {@link #valuationRate} and {@link #valuationAmount}.
 */
@Entity
@Immutable
public class LedgerLine {

    @Id
    public UUID id;
    public UUID entryId;
    public UUID regionId;
    public int year;
    @Enumerated(EnumType.STRING)
    public EntryKind entryKind;
    @Enumerated(EnumType.STRING)
    public SettlementMode settlementMode;
    @Enumerated(EnumType.STRING)
    public Sector sector;
    public String category;
    @Enumerated(EnumType.STRING)
    public UsageUnit unit;
    @Enumerated(EnumType.STRING)
    public Side side;
    public UUID memberId;
    public UUID counterpartyId;
    public BigDecimal quantity;
    public BigDecimal rate;
    public BigDecimal amount;
    public UUID bookingId;
    public UUID sourceEventId;
    public UUID reversesEntryId;
    public Instant usageStart;
    public Instant usageEnd;
    public String offerTitle;
    /** The client's (consumer's) own order number from the booking; null if it gave none. */
    public String externalReference;
    /** The client's cost centre (Haushaltsstelle) from the booking; null if it gave none. */
    public String costCentre;
    public Instant recordedAt;
    public String recordedBy;
    public String note;
    @Formula("(select v.rate from ledger_valuation v where v.entry_id = entry_id)")
    public BigDecimal valuationRate;
    @Formula("(select v.amount from ledger_valuation v where v.entry_id = entry_id)")
    public BigDecimal valuationAmount;
    @Formula("(select v.valued_at from ledger_valuation v where v.entry_id = entry_id)")
    public Instant valuedAt;

    /** The mirror line of this one: same entry, other side, parties swapped. */
    public LedgerLine mirror() {
        LedgerLine m = new LedgerLine();
        m.id = UUID.randomUUID();
        m.entryId = entryId;
        m.regionId = regionId;
        m.year = year;
        m.entryKind = entryKind;
        m.settlementMode = settlementMode;
        m.sector = sector;
        m.category = category;
        m.unit = unit;
        m.side = side == Side.CREDIT ? Side.DEBIT : Side.CREDIT;
        m.memberId = counterpartyId;
        m.counterpartyId = memberId;
        m.quantity = quantity;
        m.rate = rate;
        m.amount = amount;
        m.bookingId = bookingId;
        m.sourceEventId = sourceEventId;
        m.reversesEntryId = reversesEntryId;
        m.usageStart = usageStart;
        m.usageEnd = usageEnd;
        m.offerTitle = offerTitle;
        m.externalReference = externalReference;
        m.costCentre = costCentre;
        m.recordedAt = recordedAt;
        m.recordedBy = recordedBy;
        m.note = note;
        return m;
    }

    /** The rate the line is valued at: its own, else its entry's later valuation; null while not valued. */
    public BigDecimal valueRate() {
        return rate != null ? rate : valuationRate;
    }

    /** The line's amount: its own, else its entry's later valuation; null while not valued. */
    public BigDecimal valueAmount() {
        return amount != null ? amount : valuationAmount;
    }

    /** Whether the line has a value yet (carried by itself or by a valuation). */
    public boolean isValued() {
        return valueAmount() != null;
    }

    /** The amount signed from this line's member's view: credit positive, debit negative; null if not valued. */
    public BigDecimal signedAmount() {
        BigDecimal a = valueAmount();
        return a == null ? null : side == Side.CREDIT ? a : a.negate();
    }

    /** The quantity signed from this line's member's view. */
    public BigDecimal signedQuantity() {
        return side == Side.CREDIT ? quantity : quantity.negate();
    }
}
