package de.dienstleistungspool.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/**
 * One POST of a delivery: when, the HTTP status (or the error when there was none) and how long it took.
 */
@Entity
public class WebhookAttempt {

    @Id
    public UUID id;

    public UUID deliveryId;

    public Instant attemptedAt;

    public Integer statusCode;

    public String error;

    public long durationMs;
}
