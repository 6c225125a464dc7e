package de.dienstleistungspool.booking.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores flushing campaigns with their series and conflicts; the unique constraint makes each one once. */
@Singleton
public class FlushingCampaignRepository implements PanacheRepositoryBase<FlushingCampaign, UUID> {

    /**
     * Inserts the campaign unless its region, year and sector have one; a concurrent insert of the same waits for the
     * other transaction and then inserts nothing.
     *
     * @return false, with nothing written, if the campaign exists
     */
    public boolean insertOnce(FlushingCampaign c) {
        return getEntityManager().createNativeQuery("""
                insert into flushing_campaign (id, region_id, year, sector, created_by, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (region_id, year, sector) do nothing
                """)
                .setParameter(1, c.id)
                .setParameter(2, c.regionId)
                .setParameter(3, c.year)
                .setParameter(4, c.sector.name())
                .setParameter(5, c.createdBy)
                .setParameter(6, Instants.utc(c.createdAt))
                .executeUpdate() == 1;
    }

    public Optional<FlushingCampaign> of(UUID regionId, int year, Sector sector) {
        return find("regionId = ?1 and year = ?2 and sector = ?3", regionId, year, sector).firstResultOptional();
    }

    public void add(FlushingCampaignSeries s) {
        getEntityManager().persist(s);
    }

    public void add(FlushingCampaignConflict c) {
        getEntityManager().persist(c);
    }

    public List<FlushingCampaignSeries> series(UUID campaignId) {
        return getEntityManager().createQuery("from FlushingCampaignSeries where campaignId = ?1 order by memberId, offerId",
                FlushingCampaignSeries.class).setParameter(1, campaignId).getResultList();
    }

    public List<FlushingCampaignConflict> conflicts(UUID campaignId) {
        return getEntityManager().createQuery("from FlushingCampaignConflict where campaignId = ?1 order by position",
                FlushingCampaignConflict.class).setParameter(1, campaignId).getResultList();
    }

    /** The campaigns of a region, newest year first. */
    public List<FlushingCampaign> ofRegion(UUID regionId) {
        return list("regionId", Sort.descending("year").and("sector"), regionId);
    }
}
