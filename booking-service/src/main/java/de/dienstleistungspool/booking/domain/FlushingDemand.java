package de.dienstleistungspool.booking.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A member's yearly sewer or water-main flushing demand in one sector: how much (metres or hours) at which sites, in
 * which months preferably; the coordinator plans the county's demands into a campaign, which fixes them.
 */
@Entity
public class FlushingDemand {

    /** One place to flush: a name the member's crews know, where it is, and how much. */
    public record Site(String name, double latitude, double longitude, BigDecimal quantity) {
    }

    @Id
    public UUID id;

    public UUID regionId;

    public UUID memberId;

    public int year;

    @Enumerated(EnumType.STRING)
    public Sector sector;

    @Enumerated(EnumType.STRING)
    public QuantityUnit unit;

    /** The sum of the sites' quantities. */
    public BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    public SettlementMode settlementMode;

    /** Months 1–12 of the year in which the member would like the work done; empty: any month. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<Integer> preferredMonths;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Site> sites;

    public String note;

    /** The campaign that planned this demand; set once, after which the demand is fixed. */
    public UUID campaignId;

    public String createdBy;

    public Instant createdAt;

    public Instant updatedAt;

    /** The preferred months, or every month when the member named none. */
    public List<Integer> monthsToPlan() {
        return preferredMonths.isEmpty() ? List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12) : preferredMonths;
    }
}
