package de.dienstleistungspool.booking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A booking of one offer for one period by one member, with the offer's details copied at booking time so its
 * events and history stay meaningful when the offer changes later.
 */
@Entity
@Table(name = "booking")
public class Booking {

    @Id
    public UUID id;
    @Column(name = "offer_id")
    public UUID offerId;
    @Column(name = "series_id")
    public UUID seriesId;
    @Enumerated(EnumType.STRING)
    @Column(name = "offer_kind")
    public OfferKind offerKind;
    @Column(name = "offer_title")
    public String offerTitle;
    @Enumerated(EnumType.STRING)
    @Column(name = "offer_unit")
    public QuantityUnit offerUnit;
    public String category;
    @Enumerated(EnumType.STRING)
    public Sector sector;
    @Column(name = "region_id")
    public UUID regionId;
    @Column(name = "provider_member_id")
    public UUID providerMemberId;
    @Column(name = "consumer_member_id")
    public UUID consumerMemberId;
    @Column(name = "start_at")
    public Instant startAt;
    @Column(name = "end_at")
    public Instant endAt;
    @Column(name = "buffer_minutes")
    public int bufferMinutes;
    @Enumerated(EnumType.STRING)
    public BookingStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "settlement_mode")
    public SettlementMode settlementMode;
    public String site;
    @Column(name = "scope_quantity")
    public BigDecimal scopeQuantity;
    @Enumerated(EnumType.STRING)
    @Column(name = "scope_unit")
    public QuantityUnit scopeUnit;
    @Column(name = "usage_quantity")
    public BigDecimal usageQuantity;
    @Enumerated(EnumType.STRING)
    @Column(name = "usage_unit")
    public QuantityUnit usageUnit;
    @Column(name = "late_cancellation")
    public Boolean lateCancellation;
    public String note;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

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
