package de.dienstleistungspool.booking.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What a campaign could not book for a site, and why: {@code no-provider} (no flushing offer of the sector, unit and
 * settlement mode), {@code no-capacity} (no free day left in the year), {@code booked} (a day taken by another booking
 * while the campaign was made), {@code member-left}.
 */
@Entity
public class FlushingCampaignConflict {

    @Id
    public UUID id;

    public UUID campaignId;

    public int position;

    public UUID demandId;

    public UUID memberId;

    public String site;

    public BigDecimal quantity;

    public String reason;

    public String detail;

    public Instant startAt;

    public Instant endAt;
}
