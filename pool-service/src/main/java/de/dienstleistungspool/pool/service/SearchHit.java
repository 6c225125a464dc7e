package de.dienstleistungspool.pool.service;

import java.math.BigDecimal;

/** A free offer found by a search, with the distance in kilometres from the search point to its depot. */
public record SearchHit(OfferView offer, BigDecimal distanceKm) {
}
