package de.dienstleistungspool.notification.config;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Refuses to start with webhook settings that would undo the protections: receivers on this machine allowed in the
 * {@code prod} profile, or a lease that a slow attempt could outlast (the delivery would be claimed and sent twice).
 */
@ApplicationScoped
public class WebhookSettingsGuard {

    @Inject
    NotificationConfig config;

    void check(@Observes StartupEvent started) {
        refusal(ConfigUtils.getProfiles(), config.webhooks()).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
    }

    /** Why these settings are unsafe under these profiles, if they are. */
    public static Optional<String> refusal(List<String> profiles, NotificationConfig.Webhooks webhooks) {
        if (webhooks.allowInsecureLocalhost() && profiles.contains("prod")) {
            return Optional.of("notification.webhooks.allow-insecure-localhost is for tests, the dev mode and the local stack "
                    + "(profile 'local'); it may not be set in the prod profile");
        }
        if (webhooks.lease().compareTo(webhooks.timeout().multipliedBy(2)) <= 0) {
            return Optional.of("notification.webhooks.lease (" + webhooks.lease() + ") must be more than twice "
                    + "notification.webhooks.timeout (" + webhooks.timeout() + "), or a slow attempt outlives its claim");
        }
        return Optional.empty();
    }
}
