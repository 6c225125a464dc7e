package de.dienstleistungspool.municipality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A town, municipality or utility body taking part in the pool of one region. */
@Entity
public class Member {

    @Id
    public UUID id;

    public UUID regionId;

    public String name;

    @Enumerated(EnumType.STRING)
    public MemberKind kind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] sectors;

    public String leitwegId;

    @Enumerated(EnumType.STRING)
    public MemberStatus status;

    public String contactEmail;

    public String contactPhone;

    public String street;

    public String postalCode;

    public String city;

    public Instant joinedAt;

    public Instant leftAt;

    @Version
    public long version;

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }
}
