package de.dienstleistungspool.booking.rest;

import de.dienstleistungspool.booking.domain.Sector;
import jakarta.validation.constraints.NotNull;

/** Which plan to turn into a campaign: the region's demands of a year and sector. */
public record FlushingCampaignRequest(@NotNull Integer year, @NotNull Sector sector) {
}
