package de.dienstleistungspool.municipality.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The token endpoint's attempt counters in PostgreSQL ({@code token_throttle}), so that every instance of the service
 * counts against the same limits.
 */
@ApplicationScoped
public class TokenThrottleRepository {

    @Inject
    EntityManager em;

    /** A throttle key and the length of a new window for it. */
    public record Window(String key, Duration length) {
    }

    /** A key's reservations in its current window after this one, and the seconds until that window ends. */
    public record Count(String key, int attempts, long secondsLeft) {
    }

    /**
     * Reserves one attempt on every key in one statement; an ended window starts afresh. Keys are locked in key
     * order, so two requests sharing keys never wait for each other crosswise.
     */
    public List<Count> reserve(List<Window> windows) {
        List<Window> sorted = windows.stream().sorted(Comparator.comparing(Window::key)).toList();
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < sorted.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(?").append(2 * i + 1)
                    .append(", now() + make_interval(secs => ?").append(2 * i + 2).append("), 1)");
        }
        var query = em.createNativeQuery("insert into token_throttle as t (throttle_key, window_ends_at, attempts) values "
                + values + " on conflict (throttle_key) do update set"
                + " attempts = case when t.window_ends_at <= now() then 1 else t.attempts + 1 end,"
                + " window_ends_at = case when t.window_ends_at <= now() then excluded.window_ends_at else t.window_ends_at end"
                + " returning throttle_key, attempts, ceil(extract(epoch from window_ends_at - now()))");
        for (int i = 0; i < sorted.size(); i++) {
            query.setParameter(2 * i + 1, sorted.get(i).key());
            query.setParameter(2 * i + 2, (double) sorted.get(i).length().toMillis() / 1000);
        }
        List<Count> counts = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            counts.add(new Count((String) columns[0], ((Number) columns[1]).intValue(), ((Number) columns[2]).longValue()));
        }
        return counts;
    }

    /** Hands a successful attempt's reservation back: the whole count when {@code reset}, otherwise one. */
    public void giveBack(String key, boolean reset) {
        em.createNativeQuery("update token_throttle set attempts = case when ?2 then 0 else greatest(attempts - 1, 0) end"
                + " where throttle_key = ?1").setParameter(1, key).setParameter(2, reset).executeUpdate();
    }

    /** Deletes the counters whose window has ended; returns how many. */
    public int purgeEnded() {
        return em.createNativeQuery("delete from token_throttle where window_ends_at < now()").executeUpdate();
    }
}
