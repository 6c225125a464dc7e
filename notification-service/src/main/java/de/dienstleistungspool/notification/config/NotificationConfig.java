package de.dienstleistungspool.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

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

        /**
         * How long a claimed e-mail is left to its instance before another may send it: longer than one SMTP send at
         * its worst, and the longest an e-mail in the hands of an instance that died waits.
         */
        @WithDefault("PT2M")
        Duration lease();
    }

    /** Webhook registration and delivery. */
    interface Webhooks {
        /**
         * Allows receivers on this machine (loopback addresses, plain http) for tests, the dev mode and the local
         * stack; the service refuses to start with it in the {@code prod} profile.
         */
        @WithDefault("false")
        boolean allowInsecureLocalhost();

        /**
         * Host names a webhook may not name (the platform's own hosts); an entry starting with a dot matches every
         * name ending with it. Loopback, private, link-local, unique-local, multicast and other internal addresses
         * are refused whatever the name.
         */
        @WithDefault("localhost,.localhost,.local,.internal,.svc,.cluster.local,municipality-service,pool-service,"
                + "booking-service,notification-service,postgres,kafka,greenmail")
        List<String> forbiddenHosts();

        /** Further address ranges (CIDR) a webhook may not reach, e.g. the county's own public network. */
        Optional<List<String>> forbiddenNetworks();

        /** Registered endpoints per member. */
        @WithDefault("10")
        int maxEndpointsPerMember();

        /** Wait before the first retry; doubles with every further attempt, with jitter. */
        @WithDefault("PT30S")
        Duration backoffBase();

        /** The longest single wait between two attempts; also the most a receiver's Retry-After can ask for. */
        @WithDefault("PT6H")
        Duration backoffMax();

        /** How long after its creation (or a re-send) a delivery is retried before it is marked FAILED. */
        @WithDefault("PT24H")
        Duration giveUpAfter();

        /** Total time for one attempt: name lookup, connection, TLS, request, status line and headers. */
        @WithDefault("PT10S")
        Duration timeout();

        /** Time allowed for the TCP connection within {@link #timeout()}. */
        @WithDefault("PT5S")
        Duration connectTimeout();

        /** The most of a response read (status line and headers; the body is not read). */
        @WithDefault("16384")
        int maxResponseHeaderBytes();

        /** How long a worker owns a claimed delivery before another may take it over; must exceed the timeout. */
        @WithDefault("PT2M")
        Duration lease();

        /** Deliveries sent at once by one instance. */
        @WithDefault("16")
        int concurrency();

        /** Deliveries to one endpoint sent at once by one instance, so a slow receiver holds only its own. */
        @WithDefault("2")
        int perEndpointConcurrency();

        /** How long a rotated-out secret still signs deliveries (next to the new one), so receivers can switch. */
        @WithDefault("PT24H")
        Duration secretOverlap();
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
