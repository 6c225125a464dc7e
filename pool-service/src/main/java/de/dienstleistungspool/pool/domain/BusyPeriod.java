package de.dienstleistungspool.pool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** This service's copy of one booking's latest known state, projected from booking-events; it makes offers busy. */
@Entity
public class BusyPeriod {

    /** Statuses in which a booking occupies (or did occupy) its offer. */
    public static final Set<String> BLOCKING = Set.of("HELD", "REQUESTED", "CONFIRMED", "IN_USE", "COMPLETED");
    /** Statuses after which nothing changes any more. */
    public static final Set<String> TERMINAL = Set.of("COMPLETED", "REJECTED", "CANCELLED", "NO_SHOW", "WITHDRAWN",
            "EXPIRED");

    @Id
    public UUID bookingId;

    public UUID offerId;

    public UUID providerMemberId;

    public UUID consumerMemberId;

    public String status;

    @Column(name = "start_at")
    public Instant start;

    @Column(name = "end_at")
    public Instant end;

    public Instant occupiedUntil;

    public String offerTitle;

    public String site;

    public Instant occurredAt;

    /** Orders statuses along the lifecycle, so of two events with the same timestamp the later stage wins. */
    public static int rank(String status) {
        return switch (status) {
            case "HELD" -> 1;
            case "REQUESTED" -> 2;
            case "CONFIRMED" -> 3;
            case "IN_USE" -> 4;
            case "REJECTED", "CANCELLED", "NO_SHOW", "WITHDRAWN", "EXPIRED" -> 5;
            case "COMPLETED" -> 6;
            default -> 0;
        };
    }
}
