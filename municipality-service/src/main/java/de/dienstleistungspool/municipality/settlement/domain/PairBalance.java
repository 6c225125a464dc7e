package de.dienstleistungspool.municipality.settlement.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The non-monetary balance of one member pair in one sector for a year, seen from member A (the smaller id):
 * positive means A provided more than it received, so B owes A.
 *
 * @param netHours      time-based usage (HOUR, DAY in hours) A provided to B minus what B provided to A
 * @param netValueTime  the same at the year's rates, EUR
 * @param netValueMetre metre-based usage (no hours to compare with the tolerance) at the year's rates, EUR
 * @param lines         how many credit lines the balance sums
 */
public record PairBalance(Sector sector, UUID memberA, UUID memberB, BigDecimal netHours, BigDecimal netValueTime,
                          BigDecimal netValueMetre, int lines) {
}
