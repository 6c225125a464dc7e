package de.dienstleistungspool.notification.service;

import de.dienstleistungspool.notification.config.NotificationConfig;
import de.dienstleistungspool.notification.domain.NotificationType;
import de.dienstleistungspool.notification.domain.PoolChange;
import de.dienstleistungspool.notification.domain.SettlementChange;
import de.dienstleistungspool.notification.domain.WebhookEndpoint;
import de.dienstleistungspool.notification.domain.WebhookEndpointRepository;
import de.dienstleistungspool.platform.paging.Paged;
import de.dienstleistungspool.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A member's webhook endpoints (at most a configured number): registered with the notification types they want, the
 * URL checked by {@link WebhookAddressPolicy}, listed, changed, deleted, and given a new secret.
 */
@ApplicationScoped
public class WebhookEndpoints {

    /** Rotated-out secrets that still sign during their overlap; older ones stop at once. */
    static final int MAX_PREVIOUS_SECRETS = 4;

    @Inject
    WebhookEndpointRepository endpoints;

    @Inject
    NotificationConfig config;

    @Inject
    WebhookAddressPolicy addresses;

    /** Registers an endpoint; the member's registrations are serialised, so the cap holds under concurrent requests. */
    @Transactional
    public WebhookEndpoint register(UUID memberId, String url, List<String> eventTypes, String description) {
        String checked = checkedUrl(url); // resolves the name before the transaction takes a connection
        endpoints.lockRegistrationsOf(memberId);
        int max = config.webhooks().maxEndpointsPerMember();
        if (endpoints.count("memberId", memberId) >= max) {
            throw ProblemException.conflict("webhook-limit", "A member may register at most " + max
                    + " webhook endpoints; delete one it no longer uses");
        }
        WebhookEndpoint e = new WebhookEndpoint();
        e.id = UUID.randomUUID();
        e.memberId = memberId;
        e.url = checked;
        e.eventTypes = checkedTypes(eventTypes);
        e.description = description;
        e.secret = WebhookSigner.newSecret();
        e.active = true;
        e.createdAt = Instant.now();
        endpoints.persist(e);
        return e;
    }

    @Transactional
    public WebhookEndpoint get(UUID memberId, UUID id) {
        WebhookEndpoint e = endpoints.findById(id);
        if (e == null || !e.memberId.equals(memberId)) {
            throw ProblemException.notFound("Webhook endpoint", id);
        }
        return e;
    }

    @Transactional
    public Paged<WebhookEndpoint> list(UUID memberId, int page, int size) {
        var q = endpoints.find("memberId", Sort.ascending("createdAt").and("id"), memberId);
        return Paged.of(q, page, size);
    }

    @Transactional
    public WebhookEndpoint update(UUID memberId, UUID id, String url, List<String> eventTypes, String description, boolean active) {
        String checked = checkedUrl(url);
        WebhookEndpoint e = get(memberId, id);
        e.url = checked;
        e.eventTypes = checkedTypes(eventTypes);
        e.description = description;
        e.active = active;
        return e;
    }

    @Transactional
    public void delete(UUID memberId, UUID id) {
        endpoints.delete(get(memberId, id));
    }

    /**
     * Replaces the secret. Deliveries are signed with the new one and, for the configured overlap, also with the
     * replaced ones (at most {@value #MAX_PREVIOUS_SECRETS}), so a receiver verifies with either while it switches.
     */
    @Transactional
    public WebhookEndpoint rotateSecret(UUID memberId, UUID id) {
        WebhookEndpoint e = get(memberId, id);
        endpoints.lock(e); // concurrent rotations of one endpoint take turns, so each keeps the secret it replaced
        Instant now = Instant.now();
        Instant validUntil = now.plus(config.webhooks().secretOverlap());
        if (validUntil.isAfter(now)) {
            endpoints.keepPreviousSecret(e.id, e.secret, validUntil, MAX_PREVIOUS_SECRETS);
            e.previousSecretsValidUntil = validUntil;
        }
        e.secret = WebhookSigner.newSecret();
        e.secretRotatedAt = now;
        return e;
    }

    private String checkedUrl(String url) {
        try {
            addresses.check(url);
            return url.strip();
        } catch (WebhookUrlRefused refused) {
            throw ProblemException.unprocessable("webhook-url", refused.getMessage());
        }
    }

    private static List<String> checkedTypes(List<String> types) {
        Set<String> checked = new LinkedHashSet<>();
        for (String type : types) {
            if (NotificationType.of(type).isEmpty() && PoolChange.of(type).isEmpty() && SettlementChange.of(type).isEmpty()) {
                throw ProblemException.unprocessable("unknown-event-type", "Unknown event type '" + type + "'; allowed: "
                        + Arrays.toString(NotificationType.values()) + ", " + Arrays.toString(PoolChange.values())
                        + " and " + Arrays.toString(SettlementChange.values()));
            }
            checked.add(type);
        }
        return List.copyOf(checked);
    }
}
