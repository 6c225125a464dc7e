package de.dienstleistungspool.platform.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The credentials (API client ids, user ids, ended sessions, withdrawn signing keys) whose tokens this service no
 * longer accepts, kept in the service's {@code revoked_credential} table (fed from {@code member-events}) and mirrored
 * in memory for the request filter. A revocation refuses the tokens issued up to its moment ({@code revoked_at});
 * later tokens of the same subject (a person whose roles changed signs in again) are accepted. Ended sessions are
 * forgotten after a day: every token of a session expires within minutes of its end.
 */
@ApplicationScoped
public class RevokedCredentials {

    private static final Logger LOG = Logger.getLogger(RevokedCredentials.class);

    /** The prefix of an ended session's subject ({@code session:<sid>}), kept apart from user and client ids. */
    public static final String SESSION_PREFIX = "session:";
    /** The prefix of a withdrawn signing key's subject ({@code signing-key:<kid>}). */
    public static final String SIGNING_KEY_PREFIX = "signing-key:";
    private static final int RELOADS_PER_PRUNE = 1800;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    /** Subject to the epoch second up to which (inclusive) its tokens are refused. */
    private final Map<String, Long> revoked = new ConcurrentHashMap<>();
    /**
     * Subjects revoked by this instance in the last minute, with the time (epoch milliseconds): a reload that read the
     * table before their transaction committed must not drop them from memory again.
     */
    private final Map<String, Long> revokedHere = new ConcurrentHashMap<>();
    private int reloadsSincePrune = RELOADS_PER_PRUNE;
    private ScheduledExecutorService refresher;

    void start(@Observes StartupEvent ignored) {
        refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "revoked-credentials-refresh");
            t.setDaemon(true);
            return t;
        });
        refresher.scheduleWithFixedDelay(this::reload, 0, 2, TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent ignored) {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    /** Records a revocation as of now in the caller's transaction; see {@link #revoke(String, Instant)}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revoke(String subject) {
        revoke(subject, Instant.now());
    }

    /**
     * Records in the caller's transaction that the subject's tokens issued up to {@code at} are refused (a later
     * revocation of the same subject moves the moment forward, never back); effective in this instance at once, in
     * others within 2 s.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revoke(String subject, Instant at) {
        Instant now = Instant.now();
        if (at.isAfter(now)) {
            at = now; // a moment in the future would also refuse tokens not issued yet: a lock-out, not a revocation
        }
        em.createNativeQuery("insert into revoked_credential (subject, revoked_at) values (?1, ?2) on conflict (subject)"
                        + " do update set revoked_at = greatest(revoked_credential.revoked_at, excluded.revoked_at)")
                .setParameter(1, subject)
                .setParameter(2, at)
                .executeUpdate();
        revoked.merge(subject, at.getEpochSecond(), Math::max);
        revokedHere.put(subject, System.currentTimeMillis());
    }

    /** The subject under which an ended session (the {@code sid} claim of its tokens) is recorded. */
    public static String sessionSubject(String sessionId) {
        return SESSION_PREFIX + sessionId.replace("\"", "");
    }

    /** The subject under which a withdrawn signing key (the {@code kid} header of its tokens) is recorded. */
    public static String signingKeySubject(String kid) {
        return SIGNING_KEY_PREFIX + kid;
    }

    /** Whether the subject was ever revoked (an ended session refuses every token it issued). */
    public boolean isRevoked(String subject) {
        return subject != null && revoked.containsKey(subject);
    }

    /** Whether a token of the subject issued at {@code issuedAt} (epoch seconds) is refused. */
    public boolean refuses(String subject, long issuedAt) {
        Long until = subject == null ? null : revoked.get(subject);
        return until != null && issuedAt <= until;
    }

    private void reload() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (++reloadsSincePrune >= RELOADS_PER_PRUNE) {
                reloadsSincePrune = 0;
                s.executeUpdate("delete from revoked_credential where subject like '" + SESSION_PREFIX
                        + "%' and revoked_at < now() - interval '1 day'");
            }
            reloadInto(s);
        } catch (Exception e) {
            LOG.debugf("Could not reload revoked credentials: %s", e.getMessage());
        }
    }

    private void reloadInto(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("select subject, floor(extract(epoch from revoked_at))::bigint"
                + " from revoked_credential")) {
            Map<String, Long> fresh = new HashMap<>();
            while (r.next()) {
                fresh.put(r.getString(1), r.getLong(2));
            }
            fresh.forEach((subject, until) -> revoked.merge(subject, until, Math::max));
            long recent = System.currentTimeMillis() - 60_000;
            revokedHere.values().removeIf(at -> at < recent);
            revoked.keySet().removeIf(subject -> !fresh.containsKey(subject) && !revokedHere.containsKey(subject));
        }
    }
}
