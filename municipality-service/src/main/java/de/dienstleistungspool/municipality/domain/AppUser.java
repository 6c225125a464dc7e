package de.dienstleistungspool.municipality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person acting for a member with one or more roles; deactivation is final and keeps the record. */
@Entity
public class AppUser {

    @Id
    public UUID id;

    public UUID memberId;

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
