package de.dienstleistungspool.municipality.service;

import de.dienstleistungspool.municipality.config.IdentityConfig;
import de.dienstleistungspool.municipality.domain.TokenThrottleRepository;
import de.dienstleistungspool.municipality.domain.TokenThrottleRepository.Count;
import de.dienstleistungspool.municipality.domain.TokenThrottleRepository.Window;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed token requests per client id or username and per source address before any secret is hashed, so
 * guessing and floods cost the service a database round trip instead of PBKDF2 time. The failure counts live in
 * PostgreSQL and are shared by all instances; an instance remembers keys it saw blocked, and refuses them without
 * asking the database until their window ends. How many verifications of one key run at once is limited per instance
 * (a CPU budget), so a burst cannot spend the whole window's allowance in parallel.
 */
@ApplicationScoped
public class TokenThrottle {

    private static final String ADDRESS = "address:";
    /** Refused token requests, tagged {@code scope=id|address}; alerted on in deploy/monitoring. */
    static final String THROTTLED = "identity_token_throttled";

    @Inject
    TokenThrottleRepository counts;

    @Inject
    IdentityConfig config;

    @Inject
    MeterRegistry metrics;

    private final Map<String, Long> blockedUntil = new ConcurrentHashMap<>();
    private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();

    /** Both counters exist from the start (at zero), so a dashboard and an alert find them before the first refusal. */
    void registerCounters(@Observes StartupEvent ignored) {
        for (String scope : List.of("id", "address")) {
            metrics.counter(THROTTLED, "scope", scope);
        }
    }

    /**
     * What an admitted attempt reserved: its failure counts (handed back through {@link #succeeded} when the secret was
     * right) and its places among the running verifications (freed through {@link #finished}).
     */
    public record Attempt(String idKey, String addressKey) {
    }

    public static String clientKey(String clientId) {
        return "client:" + sha256(clientId);
    }

    public static String userKey(String username) {
        return "user:" + sha256(username.toLowerCase(Locale.ROOT));
    }

    /** Reserves an attempt for the id and the address, or refuses with 429 when either has failed too often. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Attempt admit(String idKey, String sourceAddress) {
        String addressKey = ADDRESS + sha256(addressBucket(sourceAddress));
        refuseIfBlockedHere(idKey);
        refuseIfBlockedHere(addressKey);
        IdentityConfig.Throttle limits = config.throttle();
        enter(idKey, limits.maxConcurrentPerId(), null);
        enter(addressKey, limits.maxConcurrentPerAddress(), idKey);
        Attempt attempt = new Attempt(idKey, addressKey);
        try {
            for (Count c : counts.reserve(List.of(new Window(idKey, limits.idWindow()), new Window(addressKey, limits.addressWindow())))) {
                boolean address = c.key().startsWith(ADDRESS);
                if (c.attempts() > (address ? limits.maxFailuresPerAddress() : limits.maxFailuresPerId())) {
                    long seconds = Math.max(1, c.secondsLeft());
                    blockedUntil.put(c.key(), System.currentTimeMillis() + seconds * 1000);
                    throw refusal(c.key(), seconds); // rolls the reservations back: a refused attempt counts nowhere
                }
            }
        } catch (RuntimeException e) {
            finished(attempt);
            throw e;
        }
        return attempt;
    }

    /** Frees the attempt's places among the running verifications; call it whatever the outcome. */
    public void finished(Attempt attempt) {
        leave(attempt.idKey());
        leave(attempt.addressKey());
    }

    /** A right secret: the id starts afresh, the address gets its one reservation back (others may share it). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(Attempt attempt) {
        boolean idFirst = attempt.idKey().compareTo(attempt.addressKey()) < 0;
        counts.giveBack(idFirst ? attempt.idKey() : attempt.addressKey(), idFirst);
        counts.giveBack(idFirst ? attempt.addressKey() : attempt.idKey(), !idFirst);
    }

    @Scheduled(every = "${identity.throttle.purge-every:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purge() {
        counts.purgeEnded();
        long now = System.currentTimeMillis();
        blockedUntil.values().removeIf(until -> until <= now);
    }

    private void refuseIfBlockedHere(String key) {
        Long until = blockedUntil.get(key);
        long now = System.currentTimeMillis();
        if (until != null && until > now) {
            throw refusal(key, Math.max(1, (until - now + 999) / 1000));
        }
    }

    /** Takes a place among the key's running verifications, or refuses (first freeing {@code heldKey}'s place). */
    private void enter(String key, int max, String heldKey) {
        boolean[] entered = {false};
        inFlight.compute(key, (k, running) -> {
            int n = running == null ? 0 : running;
            entered[0] = n < max;
            return entered[0] ? n + 1 : running;
        });
        if (!entered[0]) {
            if (heldKey != null) {
                leave(heldKey);
            }
            throw refusal(key, 1);
        }
    }

    private void leave(String key) {
        inFlight.computeIfPresent(key, (k, running) -> running <= 1 ? null : running - 1);
    }

    private TooManyTokenRequests refusal(String key, long seconds) {
        metrics.counter(THROTTLED, "scope", key.startsWith(ADDRESS) ? "address" : "id").increment();
        return new TooManyTokenRequests(seconds);
    }

    /** The address as counted: an IPv6 address by its /64 (one subscriber's network), anything else as given. */
    static String addressBucket(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String a = address.trim().toLowerCase(Locale.ROOT).replace("[", "").replace("]", "");
        if (a.indexOf(':') >= 0 && a.matches("[0-9a-f:.]{2,45}")) {
            try {
                byte[] bytes = InetAddress.getByName(a).getAddress(); // an IP literal: no name lookup
                return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : InetAddress.getByAddress(bytes).getHostAddress();
            } catch (UnknownHostException e) {
                return a;
            }
        }
        return a.length() > 64 ? a.substring(0, 64) : a;
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
