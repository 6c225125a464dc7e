package de.dienstleistungspool.platform.security;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The service's member directory mirrored in memory (reloaded every 2 s), so {@link ClaimsCrossCheck} can compare
 * every request's token with it without a database round trip.
 */
@ApplicationScoped
public class KnownMembers {

    private static final Logger LOG = Logger.getLogger(KnownMembers.class);

    @Inject
    Instance<MemberDirectoryView> directory;

    private volatile Map<UUID, MemberDirectoryView.Known> members = Map.of();
    private ScheduledExecutorService refresher;

    void start(@Observes StartupEvent ignored) {
        if (!directory.isResolvable()) {
            return;
        }
        refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "known-members-refresh");
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

    /** Whether this service keeps a member directory to check tokens against. */
    public boolean enabled() {
        return refresher != null;
    }

    /** What the directory knows of the member, or null. */
    public MemberDirectoryView.Known find(UUID memberId) {
        return memberId == null ? null : members.get(memberId);
    }

    private void reload() {
        try {
            members = Map.copyOf(directory.get().load());
        } catch (RuntimeException e) {
            LOG.debugf("Could not reload the member directory: %s", e.getMessage());
        }
    }
}
