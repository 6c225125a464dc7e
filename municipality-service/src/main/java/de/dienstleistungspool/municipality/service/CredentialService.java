package de.dienstleistungspool.municipality.service;

import de.dienstleistungspool.municipality.domain.AppUser;
import de.dienstleistungspool.municipality.domain.AppUserRepository;
import de.dienstleistungspool.municipality.domain.Member;
import de.dienstleistungspool.municipality.messaging.MemberEvents;
import de.dienstleistungspool.platform.audit.AuditTrail;
import de.dienstleistungspool.platform.paging.Paged;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.RevokedCredentials;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.UUID;

/**
 * Manages a member's people for its member-admin: initial passwords are shown once and stored hashed; deactivating
 * a person is final, recorded locally at once and announced on {@code member-events}.
 */
@ApplicationScoped
public class CredentialService {

    @Inject
    AuditTrail audit;

    /** Roles a member-admin may grant; {@code coordinator} is granted only by the operator. */
    public static final Set<String> GRANTABLE = Set.of(Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING, Roles.MEMBER_ADMIN);

    @Inject
    AppUserRepository users;

    @Inject
    ApiClientService apiClients;

    @Inject
    Access access;

    @Inject
    SecretHasher hasher;

    @Inject
    MemberEvents events;

    @Inject
    RevokedCredentials revoked;

    /** A person just created, with the initial password shown only in this answer. */
    public record IssuedUser(AppUser user, String initialPassword) {
    }

    @Transactional
    public IssuedUser addUser(UUID memberId, CredentialRequests.NewUser request) {
        Member m = active(access.administeredMember(memberId));
        return createUser(m, request.name(), request.email(), List.copyOf(request.roles()));
    }

    /** Why an e-mail address held by a person of another member cannot be used, without saying where it is held. */
    public static final String EMAIL_UNAVAILABLE = "This e-mail address cannot be used for a new person; use another "
            + "address, or ask the pool office";

    /** Creates a person of an active member; runs in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public IssuedUser createUser(Member m, String name, String email, Collection<String> roles) {
        IssuedUser issued = createPerson(m.id, m.regionId, name, email, grantable(roles));
        AppUser u = issued.user();
        events.userChanged(m.id, u.id, u.name, u.email, Arrays.asList(u.roles), true);
        return issued;
    }

    /**
     * Creates a coordinator of a region who acts for no member; runs in the caller's transaction. No
     * {@code UserChanged}: the other services know people per member, and mail the region's coordinator at the
     * region's contact address.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public IssuedUser createCoordinator(UUID regionId, String name, String email) {
        return createPerson(null, regionId, name, email, new String[] {Roles.COORDINATOR});
    }

    private IssuedUser createPerson(UUID memberId, UUID regionId, String name, String email, String[] roles) {
        AppUser u = new AppUser();
        u.id = UUID.randomUUID();
        u.memberId = memberId;
        u.regionId = regionId;
        u.name = name.strip();
        u.email = email.strip().toLowerCase(Locale.ROOT);
        users.byEmail(u.email).ifPresent(taken -> {
            throw memberId != null && memberId.equals(taken.memberId)
                    ? ProblemException.conflict("duplicate", "A person of this member already signs in with the e-mail address " + u.email)
                    // the same answer whichever member or county holds it: the address says nothing about other accounts
                    : ProblemException.conflict("email-unavailable", EMAIL_UNAVAILABLE);
        });
        u.roles = roles;
        String password = SecretHasher.newSecret().substring(0, 20);
        u.passwordHash = hasher.hash(password);
        u.active = true;
        u.createdAt = Instant.now();
        save(() -> users.persist(u));
        return new IssuedUser(u, password);
    }

    @Transactional
    public Paged<AppUser> listUsers(UUID memberId, Boolean active, int page, int size) {
        access.administeredMember(memberId);
        var query = users.ofMember(memberId, active);
        return Paged.of(query, page, size);
    }

    @Transactional
    public AppUser user(UUID memberId, UUID userId) {
        access.administeredMember(memberId);
        return users.findByIdOptional(userId).filter(u -> memberId.equals(u.memberId))
                .orElseThrow(() -> ProblemException.notFound("User", userId));
    }

    @Transactional
    public AppUser changeUser(UUID memberId, UUID userId, CredentialRequests.UserChange request) {
        AppUser u = user(memberId, userId);
        if (!u.active) {
            throw ProblemException.conflict("user-deactivated", "User " + userId + " is deactivated; deactivation is final");
        }
        Map<String, Object> before = auditedFields(u);
        u.name = request.name().strip();
        String[] rolesBefore = u.roles;
        u.roles = grantable(request.roles());
        save(() -> { });
        audit.record(MemberService.AUDIT_TYPE, memberId.toString(), "UserChanged", before, auditedFields(u));
        events.userChanged(memberId, u.id, u.name, u.email, Arrays.asList(u.roles), true);
        if (!Arrays.equals(rolesBefore, u.roles)) {
            // tokens carry the roles they were issued with: the ones issued before the change are refused everywhere
            Instant now = Instant.now();
            revoked.revoke(u.id.toString(), now);
            events.credentialRevoked(memberId, u.id.toString(), "USER_ROLES_CHANGED", now);
        }
        return u;
    }

    @Transactional
    public AppUser deactivateUser(UUID memberId, UUID userId) {
        AppUser u = user(memberId, userId);
        deactivate(u);
        save(() -> { });
        return u;
    }

    /** Deactivates every person and revokes every client of a member that leaves; runs in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revokeAllOf(Member m) {
        users.ofMember(m.id, true).list().forEach(this::deactivate);
        apiClients.revokeAllOf(m);
        save(() -> { });
    }

    private void deactivate(AppUser u) {
        if (!u.active) {
            return;
        }
        u.active = false;
        u.deactivatedAt = Instant.now();
        revoked.revoke(u.id.toString(), u.deactivatedAt);
        events.userChanged(u.memberId, u.id, u.name, u.email, Arrays.asList(u.roles), false);
        events.credentialRevoked(u.memberId, u.id.toString(), "USER", u.deactivatedAt);
    }

    static Member active(Member m) {
        if (!m.isActive()) {
            throw ProblemException.conflict("member-left", "Member " + m.id + " left the pool; it gets no new credentials");
        }
        return m;
    }

    /** What the audit trail keeps of a user: name and roles, keyed by the user (never a password or its hash). */
    private static Map<String, Object> auditedFields(AppUser u) {
        return Map.of("users/" + u.id + "/name", u.name, "users/" + u.id + "/roles", List.of(u.roles));
    }

    static String[] grantable(Collection<String> roles) {
        for (String role : roles) {
            if (!GRANTABLE.contains(role)) {
                throw ProblemException.badRequest("role-not-grantable",
                        "roles: '" + role + "' cannot be granted here; allowed: " + GRANTABLE.stream().sorted().toList());
            }
        }
        return roles.stream().distinct().sorted().toArray(String[]::new);
    }

    private void save(Runnable change) {
        try {
            change.run();
            users.flush();
        } catch (PersistenceException e) {
            throw DatabaseErrors.translate(e);
        }
    }
}
