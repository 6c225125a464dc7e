package de.dienstleistungspool.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A member's HTTPS endpoint that receives signed POSTs for the notification types it subscribed to.
 */
@Entity
public class WebhookEndpoint {

    @Id
    public UUID id;

    public UUID memberId;

    public String url;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> eventTypes;

    /** The signing secret ({@code whsec_} + base64 key); it must be kept to sign, so it is stored, never shown again. */
    public String secret;

    public String description;

    public boolean active;

    public Instant createdAt;

    public Instant secretRotatedAt;

    /** Until when the secrets replaced by rotations still sign deliveries (next to {@link #secret}); null if none. */
    public Instant previousSecretsValidUntil;
}
