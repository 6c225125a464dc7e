package de.dienstleistungspool.pool.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Stores the bookable windows of staff-standby offers. */
@ApplicationScoped
public class OfferWindowRepository implements PanacheRepositoryBase<OfferWindow, UUID> {

    public List<OfferWindow> listOf(UUID offerId) {
        return list("offerId", Sort.by("start"), offerId);
    }

    public List<OfferWindow> listOfAll(Collection<UUID> offerIds) {
        return offerIds.isEmpty() ? List.of() : list("offerId in ?1", Sort.by("start"), offerIds);
    }

    public void replace(UUID offerId, List<OfferWindow> windows) {
        delete("offerId", offerId);
        getEntityManager().flush();
        persist(windows);
    }
}
