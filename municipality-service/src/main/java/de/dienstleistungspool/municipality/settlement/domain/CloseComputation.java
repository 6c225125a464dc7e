package de.dienstleistungspool.municipality.settlement.domain;

import de.dienstleistungspool.municipality.settlement.domain.MemberDirectory.Terms;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The full result of closing (or dry-running the close of) one region's year: every pair's treatment, both kinds of
 * payments, and each member's net position per sector.
 */
public record CloseComputation(UUID regionId, int year, Terms terms, BigDecimal hoursPerDay, long lineCount,
                               List<PairResult> pairs, List<Payment> bilateral, List<Payment> multilateral,
                               Map<Sector, Map<UUID, BigDecimal>> positions) {
}
