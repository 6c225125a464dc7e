package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.domain.FlushingDemand;
import de.dienstleistungspool.booking.domain.QuantityUnit;
import de.dienstleistungspool.booking.domain.Sector;
import de.dienstleistungspool.booking.domain.SettlementMode;
import java.util.List;

/** What a member states as its yearly flushing demand of one sector (checked by {@link FlushingDemands}). */
public record FlushingDemandCommand(int year, Sector sector, QuantityUnit unit, SettlementMode settlementMode,
                                    List<Integer> preferredMonths, List<FlushingDemand.Site> sites, String note) {
}
