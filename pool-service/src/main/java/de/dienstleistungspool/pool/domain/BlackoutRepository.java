package de.dienstleistungspool.pool.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Stores the blackouts of offers. */
@ApplicationScoped
public class BlackoutRepository implements PanacheRepositoryBase<Blackout, UUID> {

    public List<Blackout> listOf(UUID offerId) {
        return list("offerId", Sort.by("start"), offerId);
    }

    public boolean overlapsAny(UUID offerId, Instant start, Instant end) {
        return count("offerId = ?1 and start < ?3 and end > ?2", offerId, start, end) > 0;
    }

    /** Blackouts of the given offers overlapping [from, to). */
    public List<Blackout> overlapping(List<UUID> offerIds, Instant from, Instant to) {
        return offerIds.isEmpty() ? List.of()
                : list("offerId in ?1 and start < ?3 and end > ?2", Sort.by("start"), offerIds, from, to);
    }
}
