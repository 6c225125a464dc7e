package de.dienstleistungspool.pool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One need the pool did not meet, the raw material of the shortage radar: a search that found nothing free, a request
 * refused for lack of capacity, or a place on a waiting list, with the member (an organisation, no person), what and
 * when it asked for and how far away the capacity was.
 */
@Entity
public class UnmetDemand {

    /** Where the need was seen. */
    public enum Kind { SEARCH, REFUSAL, WAITLIST }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public UUID regionId;

    public UUID memberId;

    public String category;

    /** {@code WATER_SUPPLY}, {@code WASTEWATER}, or null for a search that named no sector. */
    public String sector;

    /** The offer refused or queued for; null for a search. */
    public UUID offerId;

    @Column(name = "start_at")
    public Instant start;

    @Column(name = "end_at")
    public Instant end;

    /** The Europe/Berlin month in which the period asked for starts (its first day). */
    public LocalDate month;

    /**
     * For a search: from its point to the nearest offer of the category (and sector) in the region, busy or not, null
     * if the region has none; for a refusal or waiting-list entry: from the member's main depot to the offer.
     */
    public BigDecimal distanceKm;

    /** Why booking-service refused ({@code booking-overlap}, {@code person-booked}, {@code blackout}); else null. */
    public String reason;

    public Instant recordedAt;
}
