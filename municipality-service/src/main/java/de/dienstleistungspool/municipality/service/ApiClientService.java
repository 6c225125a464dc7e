package de.dienstleistungspool.municipality.service;

import de.dienstleistungspool.municipality.domain.ApiClient;
import de.dienstleistungspool.municipality.domain.ApiClientRepository;
import de.dienstleistungspool.municipality.domain.Member;
import de.dienstleistungspool.municipality.messaging.MemberEvents;
import de.dienstleistungspool.platform.paging.Paged;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.RevokedCredentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Manages a member's API clients for its member-admin: the secret is shown once and stored hashed; revoking is
 * recorded locally at once and announced on {@code member-events} as {@code CredentialRevoked}.
 */
@ApplicationScoped
public class ApiClientService {

    @Inject
    ApiClientRepository clients;

    @Inject
    Access access;

    @Inject
    SecretHasher hasher;

    @Inject
    MemberEvents events;

    @Inject
    RevokedCredentials revoked;

    /** A client just created, with the secret shown only in this answer. */
    public record IssuedClient(ApiClient client, String secret) {
    }

    @Transactional
    public IssuedClient addClient(UUID memberId, CredentialRequests.NewClient request) {
        Member m = CredentialService.active(access.administeredMember(memberId));
        ApiClient c = new ApiClient();
        c.id = UUID.randomUUID();
        c.clientId = "c-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        c.memberId = m.id;
        c.name = request.name().strip();
        c.roles = CredentialService.grantable(request.roles());
        String secret = SecretHasher.newSecret();
        c.secretHash = hasher.hash(secret);
        c.createdAt = Instant.now();
        c.createdBy = access.actor();
        c.expiresAt = request.expiresAt();
        save(() -> clients.persist(c));
        return new IssuedClient(c, secret);
    }

    @Transactional
    public Paged<ApiClient> listClients(UUID memberId, Boolean revokedOnly, int page, int size) {
        access.administeredMember(memberId);
        var query = clients.ofMember(memberId, revokedOnly);
        return Paged.of(query, page, size);
    }

    @Transactional
    public ApiClient client(UUID memberId, String clientId) {
        access.administeredMember(memberId);
        return clients.byClientId(clientId).filter(c -> c.memberId.equals(memberId))
                .orElseThrow(() -> ProblemException.notFound("API client", clientId));
    }

    @Transactional
    public ApiClient revokeClient(UUID memberId, String clientId) {
        ApiClient c = client(memberId, clientId);
        revoke(c);
        save(() -> { });
        return c;
    }

    /** Revokes every client of a member that leaves; runs in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revokeAllOf(Member m) {
        clients.ofMember(m.id, false).list().forEach(this::revoke);
        save(() -> { });
    }

    private void revoke(ApiClient c) {
        if (c.revokedAt != null) {
            return;
        }
        c.revokedAt = Instant.now();
        revoked.revoke(c.clientId, c.revokedAt);
        events.credentialRevoked(c.memberId, c.clientId, "API_CLIENT", c.revokedAt);
    }

    private void save(Runnable change) {
        try {
            change.run();
            clients.flush();
        } catch (PersistenceException e) {
            throw DatabaseErrors.translate(e);
        }
    }
}
