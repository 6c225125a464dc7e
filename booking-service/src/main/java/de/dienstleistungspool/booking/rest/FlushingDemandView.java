package de.dienstleistungspool.booking.rest;

import de.dienstleistungspool.booking.domain.FlushingDemand;
import de.dienstleistungspool.booking.domain.QuantityUnit;
import de.dienstleistungspool.booking.domain.Sector;
import de.dienstleistungspool.booking.domain.SettlementMode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A flushing demand as the member and the coordinator see it; {@code campaignId} once a campaign planned it. */
public record FlushingDemandView(UUID id, UUID memberId, int year, Sector sector, QuantityUnit unit, BigDecimal quantity,
                                 SettlementMode settlementMode, List<Integer> preferredMonths,
                                 List<FlushingDemand.Site> sites, String note, UUID campaignId, Instant createdAt,
                                 Instant updatedAt) {

    static FlushingDemandView of(FlushingDemand d) {
        return new FlushingDemandView(d.id, d.memberId, d.year, d.sector, d.unit, d.quantity, d.settlementMode,
                d.preferredMonths, d.sites, d.note, d.campaignId, d.createdAt, d.updatedAt);
    }
}
