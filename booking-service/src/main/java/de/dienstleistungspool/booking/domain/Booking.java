package de.dienstleistungspool.booking.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A booking of one offer for one period by one member, with the offer's details copied at booking time so its
 * events and history stay meaningful when the offer changes later.
 */
@Entity
public class Booking {

    @Id
    public UUID id;
    public UUID offerId;
    public UUID seriesId;
    @Enumerated(EnumType.STRING)
    public OfferKind offerKind;
    public String offerTitle;
    @Enumerated(EnumType.STRING)
    public QuantityUnit offerUnit;
    public String category;
    @Enumerated(EnumType.STRING)
    public Sector sector;
    public UUID regionId;
    public UUID providerMemberId;
    public UUID consumerMemberId;
    public Instant startAt;
    public Instant endAt;
    public int bufferMinutes;
    @Enumerated(EnumType.STRING)
    public BookingStatus status;
    @Enumerated(EnumType.STRING)
    public SettlementMode settlementMode;
    public String site;
    public BigDecimal scopeQuantity;
    @Enumerated(EnumType.STRING)
    public QuantityUnit scopeUnit;
    public BigDecimal usageQuantity;
    @Enumerated(EnumType.STRING)
    public QuantityUnit usageUnit;
    public Boolean lateCancellation;
    public String note;
    /** The client's own order number (e.g. from a Wassermeister's software), printed on statements and invoices. */
    public String externalReference;
    /** The client's cost centre (Haushaltsstelle). */
    public String costCentre;
    public String requestedBy;
    public Instant createdAt;
    public Instant updatedAt;
    /** The person (or crew) the offer provides, copied by the insert trigger; null for other offers. */
    public UUID personId;
    /** The withdrawn booking this one replaces (rebooking keeps the original's reference). */
    public UUID replacesBookingId;
    /** Booked through an emergency request: confirmed at once, the owner's on-call contact alerted. */
    public boolean emergency;
    /** Until when a HELD slot waits for its waitlisted member. */
    public Instant holdExpiresAt;
    /** An extension the requester asked for that waits for the owner's decision. */
    public Instant requestedEndAt;

    /** The end of the period this booking keeps the offer busy: its end plus the offer's buffer time. */
    public Instant occupiedUntil() {
        return endAt.plusSeconds(60L * bufferMinutes);
    }

    public boolean isProvider(UUID memberId) {
        return providerMemberId.equals(memberId);
    }

    public boolean isConsumer(UUID memberId) {
        return consumerMemberId.equals(memberId);
    }
}
