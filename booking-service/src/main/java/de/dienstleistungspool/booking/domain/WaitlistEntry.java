package de.dienstleistungspool.booking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A member's place in the queue for a taken period of an offer: when the period frees, the first fitting entry gets
 * the slot as a HELD booking for the hold time.
 */
@Entity
public class WaitlistEntry {

    /** Where an entry stands. */
    public enum Status {
        /** In the queue. */
        WAITING,
        /** A freed slot is held for it ({@link #bookingId}). */
        OFFERED,
        /** The member claimed the held slot; it is a normal request now. */
        CLAIMED,
        /** The hold time ended, or the member declined; the slot went on to the next entry. */
        LAPSED,
        /** Its own expiry passed, or its period began, before a slot freed. */
        EXPIRED,
        /** The member left the queue. */
        CANCELLED
    }

    @Id
    public UUID id;
    @Column(insertable = false, updatable = false)
    public Long seq;
    public UUID offerId;
    public UUID memberId;
    public UUID regionId;
    public String requestedBy;
    public Instant startAt;
    public Instant endAt;
    @Enumerated(EnumType.STRING)
    public Sector sector;
    @Enumerated(EnumType.STRING)
    public SettlementMode settlementMode;
    public String site;
    public BigDecimal scopeQuantity;
    @Enumerated(EnumType.STRING)
    public QuantityUnit scopeUnit;
    public String note;
    public Instant expiresAt;
    @Enumerated(EnumType.STRING)
    public Status status;
    public UUID bookingId;
    public Instant createdAt;
    public Instant updatedAt;
}
