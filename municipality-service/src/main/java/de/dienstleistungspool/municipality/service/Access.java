package de.dienstleistungspool.municipality.service;

import de.dienstleistungspool.municipality.domain.Member;
import de.dienstleistungspool.municipality.domain.MemberRepository;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Decides what the caller may see and change beyond its roles: its own region's members, its own member's users and
 * clients. Anything outside answers 404, so ids of other members and regions do not leak.
 */
@ApplicationScoped
public class Access {

    @Inject
    Caller caller;

    @Inject
    MemberRepository members;

    /** A member of the caller's region. */
    public Member visibleMember(UUID memberId) {
        Member m = members.findById(memberId);
        if (m == null || !m.regionId.equals(caller.regionId())) {
            throw ProblemException.notFound("Member", memberId);
        }
        return m;
    }

    /** Refuses unless the caller is the coordinator of the region. */
    public void requireCoordinatorOf(UUID regionId, String what, Object id) {
        if (!caller.isCoordinatorOf(regionId)) {
            throw ProblemException.notFound(what, id);
        }
    }

    /** A member the caller may edit: as coordinator of its region, or as member-admin of the member itself. */
    public Member editableMember(UUID memberId) {
        Member m = visibleMember(memberId);
        if (caller.isCoordinatorOf(m.regionId) || (caller.isMember(memberId) && caller.hasRole(Roles.MEMBER_ADMIN))) {
            return m;
        }
        throw ProblemException.forbidden("Only the region's coordinator or the member's own member-admin may change member " + memberId);
    }

    /** The caller's own member, for its member-admin; any other member answers 404. */
    public Member administeredMember(UUID memberId) {
        if (!caller.isMember(memberId) || !caller.hasRole(Roles.MEMBER_ADMIN)) {
            throw ProblemException.notFound("Member", memberId);
        }
        return visibleMember(memberId);
    }

    public String actor() {
        return caller.clientId().orElse(caller.subject());
    }

    public Caller caller() {
        return caller;
    }
}
