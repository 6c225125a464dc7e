package de.dienstleistungspool.municipality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A machine credential of a member (e.g. a Wassermeister's software) with roles, an optional expiry and revocation. */
@Entity
public class ApiClient {

    @Id
    public UUID id;

    public String clientId;

    public UUID memberId;

    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] roles;

    public String secretHash;

    public Instant createdAt;

    public String createdBy;

    public Instant expiresAt;

    public Instant revokedAt;

    @Version
    public long version;

    /** Usable for a token at the given instant: neither revoked nor expired. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
