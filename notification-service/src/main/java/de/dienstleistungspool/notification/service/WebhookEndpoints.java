package de.dienstleistungspool.notification.service;

import de.dienstleistungspool.notification.config.NotificationConfig;
import de.dienstleistungspool.notification.domain.NotificationType;
import de.dienstleistungspool.notification.domain.WebhookEndpoint;
import de.dienstleistungspool.notification.domain.WebhookEndpointRepository;
import de.dienstleistungspool.platform.paging.Paged;
import de.dienstleistungspool.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A member's webhook endpoints: registered with the notification types they want (HTTPS only, plain HTTP to the
 * local machine only where configured), listed, changed, deleted, and given a new secret.
 */
@ApplicationScoped
public class WebhookEndpoints {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1");

    @Inject
    WebhookEndpointRepository endpoints;

    @Inject
    NotificationConfig config;

    @Transactional
    public WebhookEndpoint register(UUID memberId, String url, List<String> eventTypes, String description) {
        WebhookEndpoint e = new WebhookEndpoint();
        e.id = UUID.randomUUID();
        e.memberId = memberId;
        e.url = checkedUrl(url);
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
        WebhookEndpoint e = get(memberId, id);
        e.url = checkedUrl(url);
        e.eventTypes = checkedTypes(eventTypes);
        e.description = description;
        e.active = active;
        return e;
    }

    @Transactional
    public void delete(UUID memberId, UUID id) {
        endpoints.delete(get(memberId, id));
    }

    /** Replaces the secret; deliveries signed from now on use the new one. */
    @Transactional
    public WebhookEndpoint rotateSecret(UUID memberId, UUID id) {
        WebhookEndpoint e = get(memberId, id);
        e.secret = WebhookSigner.newSecret();
        e.secretRotatedAt = Instant.now();
        return e;
    }

    private String checkedUrl(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (Exception e) {
            throw ProblemException.unprocessable("webhook-url", "The URL '" + url + "' is not a valid URI");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(java.util.Locale.ROOT);
        if (host.isEmpty() || uri.getUserInfo() != null || uri.getFragment() != null) {
            throw ProblemException.unprocessable("webhook-url", "The URL needs a host and may carry neither user info nor a fragment");
        }
        boolean local = LOCAL_HOSTS.contains(host);
        if (scheme.equals("https") || (scheme.equals("http") && local && config.webhooks().allowInsecureLocalhost())) {
            return uri.toString();
        }
        throw ProblemException.unprocessable("webhook-url", "Webhook URLs must use https"
                + (config.webhooks().allowInsecureLocalhost() ? " (or http to localhost / 127.0.0.1)" : ""));
    }

    private static List<String> checkedTypes(List<String> types) {
        Set<String> checked = new LinkedHashSet<>();
        for (String type : types) {
            if (NotificationType.of(type).isEmpty()) {
                throw ProblemException.unprocessable("unknown-event-type", "Unknown event type '" + type + "'; allowed: "
                        + Arrays.toString(NotificationType.values()));
            }
            checked.add(type);
        }
        return List.copyOf(checked);
    }
}
