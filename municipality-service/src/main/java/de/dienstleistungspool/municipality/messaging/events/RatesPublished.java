package de.dienstleistungspool.municipality.messaging.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A region published (or revised) the rates and settlement terms of a year; keyed by region id. */
public record RatesPublished(UUID eventId, String eventType, Instant occurredAt, UUID regionId, int year,
        List<RateLine> rates, Terms settlementTerms) implements MemberTopicEvent {

    @Override
    public String key() {
        return regionId.toString();
    }


    /** One rate of the year. */
    public record RateLine(String sector, String category, String unit, BigDecimal amount, String currency) {
    }

    /** The year's settlement terms; null when none are set. */
    public record Terms(BigDecimal toleranceHours, String remainder) {
    }
}
