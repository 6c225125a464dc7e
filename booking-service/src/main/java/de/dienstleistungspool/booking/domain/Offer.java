package de.dienstleistungspool.booking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What booking-service knows of an offer: the latest snapshot from {@code pool-events}, enough to validate bookings
 * without calling pool-service.
 */
@Entity
public class Offer {

    @Id
    @Column(name = "offer_id")
    public UUID id;

    public UUID ownerMemberId;

    public UUID regionId;

    @Enumerated(EnumType.STRING)
    public OfferKind kind;

    public String category;

    public String title;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> sectors;

    @Enumerated(EnumType.STRING)
    public QuantityUnit unit;

    public int bufferMinutes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> settlementModes;

    public boolean autoConfirm;

    public String status;

    public Instant snapshotAt;

    /** Where the offer stands (its depot), for the nearest equivalent offer; null until a snapshot carried it. */
    public Double latitude;

    public Double longitude;

    /** Whether the owner allows emergency requests to book it at once. */
    public boolean emergencyUse;

    public String onCallName;

    public String onCallEmail;

    public String onCallPhone;

    /** The person (or crew) a standby offer provides, as the owner identifies them. */
    public UUID personId;

    public String personName;

    /** The weekly bookable hours as minutes of the week ({@code int4multirange} text); null: around the clock. */
    @ColumnTransformer(write = "cast(? as int4multirange)")
    public String weeklyMinutes;

    /** A service's typical work per day in its unit (e.g. 1,500 metres of sewer flushed); null for other kinds. */
    public java.math.BigDecimal capacityPerDay;

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
