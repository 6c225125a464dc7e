package de.dienstleistungspool.booking.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A period in which the owner has blocked an offer (maintenance, repair, holidays), known from {@code pool-events}.
 */
public record Blackout(UUID blackoutId, UUID offerId, Instant start, Instant end, String reason) {
}
