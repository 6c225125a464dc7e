package de.dienstleistungspool.pool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A machine, a person on standby or a service that one member offers to the other members of its region. */
@Entity
@Table(name = "offer")
public class Offer {

    @Id
    public UUID id;

    @Column(name = "owner_member_id", nullable = false)
    public UUID ownerMemberId;

    @Column(name = "region_id", nullable = false)
    public UUID regionId;

    @Enumerated(EnumType.STRING)
    public OfferKind kind;

    public String category;

    public String title;

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] sectors;

    @Column(name = "depot_name")
    public String depotName;

    public double latitude;

    public double longitude;

    @Enumerated(EnumType.STRING)
    public Unit unit;

    @Column(name = "buffer_minutes")
    public int bufferMinutes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "settlement_modes", columnDefinition = "text[]")
    public String[] settlementModes;

    @Column(name = "auto_confirm")
    public boolean autoConfirm;

    @Enumerated(EnumType.STRING)
    public OfferStatus status;

    @Column(name = "condition_notes")
    public String conditionNotes;

    @Column(name = "required_qualification")
    public String requiredQualification;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] qualifications;

    @Column(name = "capacity_per_day")
    public BigDecimal capacityPerDay;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean ownedBy(UUID memberId) {
        return ownerMemberId.equals(memberId);
    }
}
