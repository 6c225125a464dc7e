package de.dienstleistungspool.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One event to be POSTed to one endpoint, retried with backoff until it is DELIVERED or, after its deadline, FAILED.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    @Id
    public UUID id;

    @Column(name = "endpoint_id")
    public UUID endpointId;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "event_type")
    public String eventType;

    public String payload;

    public String status;

    @Column(name = "attempt_count")
    public int attemptCount;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "give_up_at")
    public Instant giveUpAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
