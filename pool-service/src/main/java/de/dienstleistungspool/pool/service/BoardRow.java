package de.dienstleistungspool.pool.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * One offer on the county board: the offer, its distance from the caller's depot, and what keeps it busy within
 * the board's window (bookings with their buffer, blackouts), with the same privacy as an offer's availability.
 */
public record BoardRow(OfferView offer, BigDecimal distanceKm, List<AvailabilityView.Busy> busy) {
}
