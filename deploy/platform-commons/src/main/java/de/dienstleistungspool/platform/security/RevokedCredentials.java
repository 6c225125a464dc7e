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
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The credentials (API client ids, user ids, ended sessions) whose tokens this service no longer accepts, kept in the
 * service's {@code revoked_credential} table (fed from {@code member-events}) and mirrored in memory for the request
 * filter. Ended sessions are forgotten after a day: every token of a session expires within minutes of its end.
 */
@ApplicationScoped
public class RevokedCredentials {

    private static final Logger LOG = Logger.getLogger(RevokedCredentials.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    /** The prefix of an ended session's subject ({@code session:<sid>}), kept apart from user and client ids. */
    public static final String SESSION_PREFIX = "session:";
    private static final int RELOADS_PER_PRUNE = 1800;

    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
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

    /** Records a revocation in the caller's transaction; effective in this instance at once, in others within 2 s. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revoke(String subject) {
        em.createNativeQuery("insert into revoked_credential (subject) values (?1) on conflict do nothing")
                .setParameter(1, subject)
                .executeUpdate();
        revoked.add(subject);
    }

    /** The subject under which an ended session (the {@code sid} claim of its tokens) is recorded. */
    public static String sessionSubject(String sessionId) {
        return SESSION_PREFIX + sessionId.replace("\"", "");
    }

    public boolean isRevoked(String subject) {
        return subject != null && revoked.contains(subject);
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

    private void reloadInto(Statement s) throws java.sql.SQLException {
        try (ResultSet r = s.executeQuery("select subject from revoked_credential")) {
            Set<String> fresh = new java.util.HashSet<>();
            while (r.next()) {
                fresh.add(r.getString(1));
            }
            revoked.addAll(fresh);
            revoked.retainAll(fresh);
        }
    }
}
