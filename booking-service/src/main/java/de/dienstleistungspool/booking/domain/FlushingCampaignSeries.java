package de.dienstleistungspool.booking.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.UUID;

/** A booking series a campaign created: the job days of one member with one provider's offer. */
@Entity
public class FlushingCampaignSeries {

    @Id
    public UUID seriesId;

    public UUID campaignId;

    public UUID memberId;

    public UUID offerId;

    /** From the offer's depot to the member's nearest site of the series. */
    public BigDecimal distanceKm;
}
