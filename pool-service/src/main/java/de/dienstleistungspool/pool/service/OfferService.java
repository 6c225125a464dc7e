package de.dienstleistungspool.pool.service;

import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import de.dienstleistungspool.pool.domain.Offer;
import de.dienstleistungspool.pool.domain.OfferKind;
import de.dienstleistungspool.pool.domain.OfferRepository;
import de.dienstleistungspool.pool.domain.OfferStatus;
import de.dienstleistungspool.pool.domain.OfferWindow;
import de.dienstleistungspool.pool.domain.OfferWindowRepository;
import de.dienstleistungspool.pool.messaging.PoolEvents;
import de.dienstleistungspool.platform.audit.AuditRecord;
import de.dienstleistungspool.platform.audit.AuditTrail;
import de.dienstleistungspool.platform.paging.Paged;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Creating, editing and reading offers; only works staff or admins of the owning member change an offer. */
@ApplicationScoped
public class OfferService {

    @Inject
    OfferRepository offers;

    @Inject
    OfferWindowRepository windows;

    @Inject
    OfferRules rules;

    @Inject
    PoolEvents events;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    /** The object type under which offer changes are recorded in the audit trail. */
    static final String AUDIT_TYPE = "offer";

    @Transactional
    public OfferView create(OfferRequest request) {
        rules.check(request, null);
        Offer offer = new Offer();
        offer.id = UUID.randomUUID();
        offer.ownerMemberId = caller.memberId();
        offer.regionId = caller.regionId();
        offer.kind = request.kind();
        offer.status = OfferStatus.ACTIVE;
        offer.createdAt = now();
        rules.apply(request, offer);
        offers.persist(offer);
        List<OfferWindow> stored = rules.windows(offer.id, request);
        windows.persist(stored);
        events.offer("OfferCreated", offer, offer.createdAt);
        return OfferMapper.view(offer, stored);
    }

    @Transactional
    public OfferView update(UUID id, OfferRequest request) {
        Offer offer = ownedForChange(id);
        if (offer.status == OfferStatus.RETIRED) {
            throw ProblemException.conflict("offer-retired", "Offer " + id + " is retired and can no longer be edited");
        }
        rules.check(request, offer.kind);
        OfferView before = OfferMapper.view(offer, windows.listOf(id));
        rules.apply(request, offer);
        List<OfferWindow> stored = rules.windows(offer.id, request);
        windows.replace(offer.id, stored);
        offers.flush();
        events.offer("OfferChanged", offer, offer.updatedAt);
        OfferView after = OfferMapper.view(offer, stored);
        audit.record(AUDIT_TYPE, id.toString(), "OfferChanged", before, after);
        return after;
    }

    /** The offer's recorded changes (edits, blackout removals), oldest first, for everyone who may see the offer. */
    @Transactional
    public List<AuditRecord> history(UUID id) {
        offers.findInRegion(id, caller.regionId()).orElseThrow(() -> ProblemException.notFound("Offer", id));
        return audit.history(AUDIT_TYPE, id.toString());
    }

    public OfferView get(UUID id) {
        Offer offer = offers.findInRegion(id, caller.regionId())
                .orElseThrow(() -> ProblemException.notFound("Offer", id));
        return OfferMapper.view(offer, windows.listOf(id));
    }

    public Paged<OfferView> list(OfferKind kind, String category, OfferStatus status, boolean mine, int page, int size) {
        PanacheQuery<Offer> query = offers.listInRegion(caller.regionId(), kind, category, status,
                mine ? caller.memberId() : null).page(page, size);
        List<Offer> found = query.list();
        var byOffer = windows.listOfAll(found.stream().map(o -> o.id).toList()).stream()
                .collect(java.util.stream.Collectors.groupingBy(w -> w.offerId));
        return new Paged<>(found.stream().map(o -> OfferMapper.view(o, byOffer.getOrDefault(o.id, List.of()))).toList(),
                page, size, query.count());
    }

    /**
     * The offer, locked, if the caller may change it: 404 outside the caller's region, 403 for another member's
     * offer (which the caller may see, but not change).
     */
    Offer ownedForChange(UUID id) {
        Offer offer = offers.lockInRegion(id, caller.regionId()).orElseThrow(() -> ProblemException.notFound("Offer", id));
        if (!offer.ownedBy(caller.memberId())) {
            throw ProblemException.forbidden("Offer " + id + " belongs to another member; only its owner changes it");
        }
        return offer;
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
