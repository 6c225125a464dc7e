package de.dienstleistungspool.municipality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A machine credential of a member (e.g. a Wassermeister's software) with roles, an optional expiry and revocation. */
@Entity
@Table(name = "api_client")
public class ApiClient {

    @Id
    public UUID id;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "member_id")
    public UUID memberId;

    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] roles;

    @Column(name = "secret_hash")
    public String secretHash;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Version
    public long version;

    /** Usable for a token at the given instant: neither revoked nor expired. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
