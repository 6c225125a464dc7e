package de.dienstleistungspool.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The latest known state of a booking, kept from {@code booking-events}; reminders are computed from it.
 */
@Entity
@Table(name = "booking")
public class Booking {

    @Id
    @Column(name = "booking_id")
    public UUID bookingId;

    @Column(name = "offer_id")
    public UUID offerId;

    @Column(name = "offer_title")
    public String offerTitle;

    @Column(name = "offer_kind")
    public String offerKind;

    @Column(name = "provider_member_id")
    public UUID providerMemberId;

    @Column(name = "consumer_member_id")
    public UUID consumerMemberId;

    @Column(name = "start_at")
    public Instant startAt;

    @Column(name = "end_at")
    public Instant endAt;

    public String status;

    public String site;

    @Column(name = "last_event_at")
    public Instant lastEventAt;
}
