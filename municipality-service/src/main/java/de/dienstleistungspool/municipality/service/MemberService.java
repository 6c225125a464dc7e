package de.dienstleistungspool.municipality.service;

import de.dienstleistungspool.municipality.domain.Depot;
import de.dienstleistungspool.municipality.domain.DepotRepository;
import de.dienstleistungspool.municipality.domain.LeitwegId;
import de.dienstleistungspool.municipality.domain.Member;
import de.dienstleistungspool.municipality.domain.MemberKind;
import de.dienstleistungspool.municipality.domain.MemberRepository;
import de.dienstleistungspool.municipality.domain.Region;
import de.dienstleistungspool.municipality.domain.RegionRepository;
import de.dienstleistungspool.municipality.domain.MemberStatus;
import de.dienstleistungspool.municipality.domain.Sector;
import de.dienstleistungspool.municipality.messaging.MemberEvents;
import de.dienstleistungspool.platform.audit.AuditRecord;
import de.dienstleistungspool.platform.audit.AuditTrail;
import de.dienstleistungspool.platform.paging.Paged;
import de.dienstleistungspool.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Admits, changes and lets go members of a region, and keeps their depots; every change emits its member event. */
@ApplicationScoped
public class MemberService {

    @Inject
    MemberRepository members;

    @Inject
    DepotRepository depots;

    @Inject
    RegionRepository regions;

    @Inject
    AuditTrail audit;

    @Inject
    Access access;

    @Inject
    MemberEvents events;

    @Inject
    CredentialService credentials;

    /** A member with its depots. */
    public record MemberDetails(Member member, List<Depot> depots) {
    }

    /** A member just admitted, with the one-time credentials of its first member-admin if one was asked for. */
    public record Admitted(MemberDetails details, CredentialService.IssuedUser firstAdmin) {
    }

    /** The object type under which changes of a member (its users' roles, its billing details) are recorded. */
    public static final String AUDIT_TYPE = "member";

    /** A member's recorded changes, oldest first: for its own people and its region's coordinator; others get 404. */
    @Transactional
    public List<AuditRecord> history(UUID memberId) {
        Member m = access.visibleMember(memberId);
        if (!access.caller().isCoordinatorOf(m.regionId) && !access.caller().isMember(memberId)) {
            throw ProblemException.notFound("Member", memberId);
        }
        return audit.history(AUDIT_TYPE, memberId.toString());
    }

    @Transactional
    public Paged<MemberDetails> list(MemberStatus status, MemberKind kind, String name, int page, int size) {
        var query = members.search(access.caller().regionId(), status, kind, name);
        return Paged.of(query, page, size).map(m -> new MemberDetails(m, depots.ofMember(m.id)));
    }

    @Transactional
    public MemberDetails get(UUID memberId) {
        Member m = access.visibleMember(memberId);
        return new MemberDetails(m, depots.ofMember(m.id));
    }

    @Transactional
    public Admitted admit(MemberRequest request) {
        Region region = regions.findByIdOptional(access.caller().regionId(), LockModeType.PESSIMISTIC_READ)
                .orElseThrow(() -> ProblemException.notFound("Region", access.caller().regionId()));
        RegionService.requireActive(region);
        Member m = new Member();
        m.id = UUID.randomUUID();
        m.regionId = region.id;
        m.status = MemberStatus.ACTIVE;
        m.joinedAt = Instant.now();
        apply(m, request);
        List<Depot> added = request.depots() == null ? List.of()
                : request.depots().stream().map(d -> newDepot(m.id, d)).toList();
        flush(() -> {
            members.persist(m);
            added.forEach(depots::persist);
        });
        CredentialService.IssuedUser admin = request.firstAdmin() == null ? null
                : credentials.createUser(m, request.firstAdmin().name(), request.firstAdmin().email(),
                        List.of(de.dienstleistungspool.platform.security.Roles.MEMBER_ADMIN));
        events.memberSnapshot("MemberJoined", m, added);
        return new Admitted(new MemberDetails(m, added), admin);
    }

    @Transactional
    public MemberDetails change(UUID memberId, MemberRequest request) {
        Member m = requireActive(access.editableMember(memberId));
        apply(m, request);
        flush(() -> { });
        return changed(m);
    }

    @Transactional
    public MemberDetails leave(UUID memberId) {
        Member m = requireActive(access.visibleMember(memberId));
        access.requireCoordinatorOf(m.regionId, "Member", memberId);
        m.status = MemberStatus.LEFT;
        m.leftAt = Instant.now();
        flush(() -> { });
        credentials.revokeAllOf(m);
        List<Depot> own = depots.ofMember(m.id);
        events.memberSnapshot("MemberLeft", m, own);
        return new MemberDetails(m, own);
    }

    @Transactional
    public Depot addDepot(UUID memberId, DepotRequest request) {
        Member m = requireActive(access.editableMember(memberId));
        Depot d = newDepot(m.id, request);
        flush(() -> depots.persist(d));
        changed(m);
        return d;
    }

    @Transactional
    public Depot changeDepot(UUID memberId, UUID depotId, DepotRequest request) {
        Member m = requireActive(access.editableMember(memberId));
        Depot d = depots.findByIdOptional(depotId).filter(x -> x.memberId.equals(m.id))
                .orElseThrow(() -> ProblemException.notFound("Depot", depotId));
        fill(d, request);
        flush(() -> { });
        changed(m);
        return d;
    }

    private MemberDetails changed(Member m) {
        List<Depot> own = depots.ofMember(m.id);
        events.memberSnapshot("MemberChanged", m, own);
        return new MemberDetails(m, own);
    }

    private static Member requireActive(Member m) {
        if (!m.isActive()) {
            throw ProblemException.conflict("member-left", "Member " + m.id + " left the pool on " + m.leftAt + "; its record is kept unchanged");
        }
        return m;
    }

    private void apply(Member m, MemberRequest r) {
        if (r.leitwegId() != null && !r.leitwegId().isBlank()) {
            LeitwegId.problemWith(r.leitwegId()).ifPresent(p -> {
                throw ProblemException.badRequest("invalid-leitweg-id", "leitwegId: " + p);
            });
        }
        m.name = r.name().strip();
        m.kind = r.kind();
        m.sectors = r.sectors().stream().sorted().map(Sector::name).toArray(String[]::new);
        m.leitwegId = r.leitwegId() == null || r.leitwegId().isBlank() ? null : r.leitwegId();
        m.contactEmail = r.contactEmail();
        m.contactPhone = r.contactPhone();
        m.street = r.address() == null ? null : r.address().street();
        m.postalCode = r.address() == null ? null : r.address().postalCode();
        m.city = r.address() == null ? null : r.address().city();
    }

    private static Depot newDepot(UUID memberId, DepotRequest r) {
        Depot d = new Depot();
        d.id = UUID.randomUUID();
        d.memberId = memberId;
        fill(d, r);
        return d;
    }

    private static void fill(Depot d, DepotRequest r) {
        d.name = r.name().strip();
        d.latitude = r.latitude();
        d.longitude = r.longitude();
        d.street = r.address() == null ? null : r.address().street();
        d.postalCode = r.address() == null ? null : r.address().postalCode();
        d.city = r.address() == null ? null : r.address().city();
    }

    private void flush(Runnable change) {
        try {
            change.run();
            members.flush();
        } catch (PersistenceException e) {
            throw DatabaseErrors.translate(e);
        }
    }
}
