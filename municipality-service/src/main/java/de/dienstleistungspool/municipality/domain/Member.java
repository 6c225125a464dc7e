package de.dienstleistungspool.municipality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A town, municipality or utility body taking part in the pool of one region. */
@Entity
@Table(name = "member")
public class Member {

    @Id
    public UUID id;

    @Column(name = "region_id")
    public UUID regionId;

    public String name;

    @Enumerated(EnumType.STRING)
    public MemberKind kind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] sectors;

    @Column(name = "leitweg_id")
    public String leitwegId;

    @Enumerated(EnumType.STRING)
    public MemberStatus status;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    public String street;

    @Column(name = "postal_code")
    public String postalCode;

    public String city;

    @Column(name = "joined_at")
    public Instant joinedAt;

    @Column(name = "left_at")
    public Instant leftAt;

    @Version
    public long version;

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }
}
