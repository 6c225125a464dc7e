package de.dienstleistungspool.municipality.settlement.service;

import de.dienstleistungspool.municipality.settlement.domain.MemberDirectory;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Who may read what in settlement: accounting reads only its own member, the coordinator reads its whole region;
 * everything else answers 404 so that ids of other members and regions do not leak.
 */
@RequestScoped
public class SettlementAccess {

    @Inject
    Caller caller;

    @Inject
    MemberDirectory directory;

    public UUID region() {
        return caller.regionId();
    }

    public boolean isCoordinator() {
        return caller.hasRole(Roles.COORDINATOR);
    }

    /** The member whose data is asked for: the caller's own if none is named; 404 if the caller may not see it. */
    public UUID member(UUID requested) {
        if (isCoordinator()) {
            if (requested == null) {
                return null;
            }
            requireMemberOfRegion(requested);
            return requested;
        }
        UUID own = caller.memberId();
        if (requested != null && !requested.equals(own)) {
            throw ProblemException.notFound("Member", requested);
        }
        return own;
    }

    /** Refuses (404) unless the member belongs to the caller's region. */
    public void requireMemberOfRegion(UUID memberId) {
        directory.member(memberId).filter(m -> m.regionId().equals(region()))
                .orElseThrow(() -> ProblemException.notFound("Member", memberId));
    }

    /** Refuses (404) unless the caller is the region's coordinator or acts for one of the parties. */
    public void requireParty(UUID regionId, UUID partyA, UUID partyB, String what, Object id) {
        boolean visible = regionId.equals(region()) && (isCoordinator() || caller.isMember(partyA) || caller.isMember(partyB));
        if (!visible) {
            throw ProblemException.notFound(what, id);
        }
    }

    public String actor() {
        return caller.subject() == null ? "unknown" : caller.subject();
    }
}
