package de.dienstleistungspool.pool.messaging;

import de.dienstleistungspool.platform.messaging.EventConsumer;
import de.dienstleistungspool.platform.messaging.RetryTransientFailures;
import de.dienstleistungspool.platform.security.RevokedCredentials;
import de.dienstleistungspool.pool.service.MemberProjection;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps this service's copy of the members and their depots from member-events (an older snapshot never replaces a
 * newer one), and stops accepting tokens of revoked credentials.
 */
@ApplicationScoped
public class MemberEventsConsumer extends EventConsumer<MemberEvent> {

    @Inject
    MemberProjection members;

    @Inject
    RevokedCredentials revoked;

    MemberEventsConsumer() {
        super("member-events", MemberEvent.class);
    }

    @Incoming("member-events")
    @Blocking
    @RetryTransientFailures
    @Transactional
    public void on(String message) {
        consume(message);
    }

    @Override
    protected void apply(MemberEvent e) {
        if (e instanceof MemberEvent.Snapshot s) {
            members.apply(new MemberProjection.Snapshot(s.memberId(), s.regionId(), s.name() == null ? "" : s.name(),
                    "MemberLeft".equals(s.eventType()) ? "LEFT" : s.status(), s.occurredAt(), s.depots().stream()
                    .map(d -> new MemberProjection.DepotSnapshot(d.depotId(), d.name(), orNaN(d.latitude()), orNaN(d.longitude())))
                    .toList()));
        } else if (e instanceof MemberEvent.CredentialRevoked r) {
            revoked.revoke(r.subject(), r.occurredAt());
        }
    }

    private static double orNaN(Double coordinate) {
        return coordinate == null ? Double.NaN : coordinate;
    }
}
