package de.dienstleistungspool.pool.service;

import de.dienstleistungspool.pool.domain.Sector;
import de.dienstleistungspool.pool.domain.UnmetDemand;
import de.dienstleistungspool.pool.domain.UnmetDemandRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Records what the pool could not give for the shortage radar: a search that found nothing free (one insert in the
 * search's request) and the refusals and waiting-list entries booking-service reports through booking-events.
 */
@ApplicationScoped
public class ShortageRadar {

    @Inject
    UnmetDemandRepository demand;

    /** A member's search for a category found nothing free in [from, to); searched from the given point. */
    @Transactional
    public void searchFoundNothing(UUID regionId, UUID memberId, String category, Sector sector, Instant from, Instant to,
                                   double latitude, double longitude) {
        demand.recordSearch(new UnmetDemandRepository.Search(regionId, memberId, category,
                sector == null ? null : sector.name(), from, to, latitude, longitude));
    }

    /** A need booking-service could not meet: a refused request ({@code reason} set) or a waiting-list entry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void offerNotAvailable(UnmetDemand.Kind kind, UUID regionId, UUID memberId, String category, String sector,
                                  UUID offerId, Instant from, Instant to, String reason) {
        demand.recordForOffer(new UnmetDemandRepository.ForOffer(kind, regionId, memberId, category, sector, offerId,
                from, to, reason));
    }
}
