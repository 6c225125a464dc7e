package de.dienstleistungspool.municipality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person of a region acting for a member with one or more roles, or a coordinator of the region acting for no member;
 * deactivation is final and keeps the record.
 */
@Entity
public class AppUser {

    @Id
    public UUID id;

    /** The member the person acts for; null only for a coordinator of the region. */
    public UUID memberId;

    public UUID regionId;

    public String name;

    public String email;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] roles;

    public String passwordHash;

    public boolean active;

    public Instant createdAt;

    public Instant deactivatedAt;

    @Version
    public long version;
}
