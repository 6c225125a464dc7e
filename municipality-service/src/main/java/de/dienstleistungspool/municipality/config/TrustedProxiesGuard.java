package de.dienstleistungspool.municipality.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start when X-Forwarded-For would be honoured from any peer: Quarkus trusts every proxy when
 * {@code quarkus.http.proxy.trusted-proxies} is empty, and the token throttle counts per source address.
 */
@ApplicationScoped
public class TrustedProxiesGuard {

    void check(@Observes StartupEvent started) {
        var config = ConfigProvider.getConfig();
        boolean forwarding = config.getOptionalValue("quarkus.http.proxy.proxy-address-forwarding", Boolean.class).orElse(false);
        refusal(forwarding, config.getOptionalValue("quarkus.http.proxy.trusted-proxies", String.class)).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
    }

    /** Why the proxy settings are unsafe, if they are. */
    public static Optional<String> refusal(boolean forwarding, Optional<String> trustedProxies) {
        if (!forwarding) {
            return Optional.empty();
        }
        String[] entries = trustedProxies.orElse("").split(",");
        boolean none = Arrays.stream(entries).allMatch(String::isBlank);
        boolean everyone = Arrays.stream(entries).map(String::trim).anyMatch(e -> e.endsWith("/0"));
        if (none || everyone) {
            return Optional.of("quarkus.http.proxy.proxy-address-forwarding is on but quarkus.http.proxy.trusted-proxies "
                    + (none ? "is empty" : "covers every address") + ": any caller could choose its source address "
                    + "with X-Forwarded-For. List the proxies (the portal, the ingress) or switch forwarding off.");
        }
        return Optional.empty();
    }
}
