package de.dienstleistungspool.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/**
 * The latest known state of a booking, kept from {@code booking-events}; reminders are computed from it.
 */
@Entity
public class Booking {

    @Id
    public UUID bookingId;

    public UUID offerId;

    public String offerTitle;

    public String offerKind;

    public UUID providerMemberId;

    public UUID consumerMemberId;

    public Instant startAt;

    public Instant endAt;

    public String status;

    public String site;

    public Instant lastEventAt;
}
