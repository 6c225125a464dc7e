package de.dienstleistungspool.booking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What booking-service knows of an offer: the latest snapshot from {@code pool-events}, enough to validate bookings
 * without calling pool-service.
 */
@Entity
@Table(name = "offer")
public class Offer {

    @Id
    @Column(name = "offer_id")
    public UUID id;

    @Column(name = "owner_member_id")
    public UUID ownerMemberId;

    @Column(name = "region_id")
    public UUID regionId;

    @Enumerated(EnumType.STRING)
    public OfferKind kind;

    public String category;

    public String title;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> sectors;

    @Enumerated(EnumType.STRING)
    public QuantityUnit unit;

    @Column(name = "buffer_minutes")
    public int bufferMinutes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "settlement_modes")
    public List<String> settlementModes;

    @Column(name = "auto_confirm")
    public boolean autoConfirm;

    public String status;

    @Column(name = "snapshot_at")
    public Instant snapshotAt;

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    public boolean accepts(SettlementMode mode) {
        return settlementModes.contains(mode.name());
    }

    public boolean serves(Sector sector) {
        return sectors.contains(sector.name());
    }
}
