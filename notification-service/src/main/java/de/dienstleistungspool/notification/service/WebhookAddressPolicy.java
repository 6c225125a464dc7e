package de.dienstleistungspool.notification.service;

import de.dienstleistungspool.notification.config.NotificationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a webhook URL may be called, at registration and again before every connection: https only, not one
 * of the platform's own hosts, and every address the name resolves to outside the loopback, private, link-local,
 * unique-local, multicast and other internal ranges (so a member cannot use webhooks to probe the platform's network).
 */
@ApplicationScoped
public class WebhookAddressPolicy {

    @Inject
    NotificationConfig config;

    /** Parses, resolves and checks the URL; throws {@link WebhookUrlRefused} with the reason. */
    public WebhookTarget check(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new WebhookUrlRefused(AttemptFailure.ADDRESS_NOT_ALLOWED, "The URL is not a valid URI");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty() || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new WebhookUrlRefused(AttemptFailure.ADDRESS_NOT_ALLOWED, "The URL needs a host and may carry neither user info nor a fragment");
        }
        boolean localTesting = config.webhooks().allowInsecureLocalhost();
        boolean loopbackName = host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
        if (!scheme.equals("https") && !(scheme.equals("http") && localTesting && loopbackName)) {
            throw new WebhookUrlRefused(AttemptFailure.ADDRESS_NOT_ALLOWED, "Webhook URLs must use https");
        }
        String bare = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (!localTesting || !bare.equals("localhost")) {
            for (String forbidden : config.webhooks().forbiddenHosts()) {
                String f = forbidden.trim().toLowerCase(Locale.ROOT);
                if (!f.isEmpty() && (f.startsWith(".") ? bare.endsWith(f) || bare.equals(f.substring(1)) : bare.equals(f))) {
                    throw new WebhookUrlRefused(AttemptFailure.ADDRESS_NOT_ALLOWED, "The host '" + host + "' belongs to the platform");
                }
            }
        }
        List<InetAddress> addresses;
        try {
            addresses = Arrays.asList(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            throw new WebhookUrlRefused(AttemptFailure.NAME_NOT_RESOLVED, "The host name '" + host + "' does not resolve");
        }
        for (InetAddress address : addresses) {
            boolean allowedForTests = localTesting && address.isLoopbackAddress();
            if (!allowedForTests && (InternalAddresses.isInternal(address) || inForbiddenNetwork(address))) {
                throw new WebhookUrlRefused(AttemptFailure.ADDRESS_NOT_ALLOWED,
                        "The host '" + host + "' resolves to an address webhooks may not reach");
            }
        }
        if (scheme.equals("http") && !addresses.stream().allMatch(InetAddress::isLoopbackAddress)) {
            throw new WebhookUrlRefused(AttemptFailure.ADDRESS_NOT_ALLOWED, "Webhook URLs must use https");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return new WebhookTarget(scheme.equals("https"), host, port, uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery(), addresses);
    }

    private boolean inForbiddenNetwork(InetAddress address) {
        return config.webhooks().forbiddenNetworks().orElse(List.of()).stream()
                .anyMatch(cidr -> InternalAddresses.inNetwork(address, cidr.trim()));
    }
}
