package de.dienstleistungspool.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One POST of a delivery: when, the HTTP status (or the error when there was none) and how long it took.
 */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {

    @Id
    public UUID id;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    @Column(name = "attempted_at")
    public Instant attemptedAt;

    @Column(name = "status_code")
    public Integer statusCode;

    public String error;

    @Column(name = "duration_ms")
    public long durationMs;
}
