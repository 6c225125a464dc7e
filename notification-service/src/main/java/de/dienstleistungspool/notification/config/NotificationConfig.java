package de.dienstleistungspool.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The service's own settings: e-mail sender and retries, webhook rules and backoff, reminder lead time.
 */
@ConfigMapping(prefix = "notification")
public interface NotificationConfig {

    Mail mail();

    Webhooks webhooks();

    Reminders reminders();

    Dispatch dispatch();

    /** The workers that send due e-mails and webhook deliveries. */
    interface Dispatch {
        /** How often each worker looks for due work (scheduler syntax, e.g. {@code 1s}). */
        @WithDefault("1s")
        String every();
    }

    /** E-mail delivery. */
    interface Mail {
        /** Tries per e-mail before it is marked FAILED. */
        @WithDefault("8")
        int maxAttempts();

        /** Wait before the first retry of a failed e-mail; doubles with every further try. */
        @WithDefault("PT30S")
        Duration retryBase();
    }

    /** Webhook registration and delivery. */
    interface Webhooks {
        /** Allows {@code http://localhost} and {@code http://127.0.0.1} endpoints (tests, the local stack). */
        @WithDefault("false")
        boolean allowInsecureLocalhost();

        /** Wait before the first retry; doubles with every further attempt, with jitter. */
        @WithDefault("PT30S")
        Duration backoffBase();

        /** The longest single wait between two attempts. */
        @WithDefault("PT6H")
        Duration backoffMax();

        /** How long after its creation (or a re-send) a delivery is retried before it is marked FAILED. */
        @WithDefault("PT24H")
        Duration giveUpAfter();

        /** Time allowed for one POST, connection included. */
        @WithDefault("PT10S")
        Duration timeout();

        /** How long a worker owns a claimed delivery before another instance may take it over. */
        @WithDefault("PT2M")
        Duration lease();
    }

    /** Reminder rules. */
    interface Reminders {
        /** How long before the start (pick-up) a booking's reminder is sent. */
        @WithDefault("PT24H")
        Duration lead();

        /** How often due reminders are computed (scheduler syntax; {@code off} disables the schedule). */
        @WithDefault("60s")
        String every();
    }
}
