package de.dienstleistungspool.booking.messaging;

import de.dienstleistungspool.booking.domain.MemberRepository;
import de.dienstleistungspool.platform.messaging.EventConsumer;
import de.dienstleistungspool.platform.messaging.RetryTransientFailures;
import de.dienstleistungspool.platform.security.RevokedCredentials;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Learns from {@code member-events} which members left and which regions were deactivated (they cannot book) and
 * which credentials were revoked (their tokens are refused at once).
 */
@ApplicationScoped
public class MemberEventsConsumer extends EventConsumer<MemberEvent> {

    @Inject
    MemberRepository members;

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
            members.record(s.memberId(), s.regionId(), s.left() ? "LEFT" : "ACTIVE", s.occurredAt());
        } else if (e instanceof MemberEvent.CredentialRevoked r) {
            revoked.revoke(r.subject(), r.occurredAt());
        } else if (e instanceof MemberEvent.RegionDeactivated d) {
            members.recordRegionDeactivated(d.regionId(), d.occurredAt());
        }
    }
}
