package de.dienstleistungspool.pool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A machine, a person on standby or a service that one member offers to the other members of its region. */
@Entity
public class Offer {

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID ownerMemberId;

    @Column(nullable = false)
    public UUID regionId;

    @Enumerated(EnumType.STRING)
    public OfferKind kind;

    public String category;

    public String title;

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] sectors;

    public String depotName;

    public double latitude;

    public double longitude;

    @Enumerated(EnumType.STRING)
    public Unit unit;

    public int bufferMinutes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] settlementModes;

    public boolean autoConfirm;

    @Enumerated(EnumType.STRING)
    public OfferStatus status;

    public String conditionNotes;

    public String requiredQualification;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] qualifications;

    public BigDecimal capacityPerDay;

    /** Whether the owner allows emergency requests to book this offer at once. */
    public boolean emergencyUse;

    /** Who the owner alerts when an emergency request books it (required with emergency use). */
    public String onCallName;

    public String onCallEmail;

    public String onCallPhone;

    /** The person (or crew) the offer provides, as the owner identifies them; one person is never booked twice at once. */
    public UUID personId;

    public String personName;

    /**
     * The weekly bookable hours as minutes of the week ({@code int4multirange} text, e.g. {@code {[420,960)}}, read by
     * platform-commons {@code WeeklyHours}); null: around the clock.
     */
    @ColumnTransformer(write = "cast(? as int4multirange)")
    public String weeklyMinutes;

    @Version
    public long version;

    public Instant createdAt;

    public Instant updatedAt;

    public boolean ownedBy(UUID memberId) {
        return ownerMemberId.equals(memberId);
    }
}
