package de.dienstleistungspool.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/**
 * One event to be POSTed to one endpoint, retried with backoff until it is DELIVERED or, after its deadline, FAILED.
 */
@Entity
public class WebhookDelivery {

    @Id
    public UUID id;

    public UUID endpointId;

    public UUID memberId;

    public UUID eventId;

    public String eventType;

    public String payload;

    public String status;

    public int attemptCount;

    public Instant nextAttemptAt;

    public Instant giveUpAt;

    public Instant createdAt;

    public Instant deliveredAt;
}
