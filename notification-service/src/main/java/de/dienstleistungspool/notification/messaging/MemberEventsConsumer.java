package de.dienstleistungspool.notification.messaging;

import de.dienstleistungspool.notification.service.BillingDetailsNotice;
import de.dienstleistungspool.notification.service.ContactProjection;
import de.dienstleistungspool.notification.service.CoordinatorWarnings;
import de.dienstleistungspool.platform.messaging.EventConsumer;
import de.dienstleistungspool.platform.messaging.RetryTransientFailures;
import de.dienstleistungspool.platform.security.RevokedCredentials;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps members' names and contacts and their people's e-mail addresses and roles, refuses revoked credentials,
 * warns coordinators of bookings in a year without rates, and tells a member's accounting when its billing details
 * changed.
 */
@ApplicationScoped
public class MemberEventsConsumer extends EventConsumer<MemberEvent> {

    @Inject
    ContactProjection contacts;

    @Inject
    RevokedCredentials revoked;

    @Inject
    CoordinatorWarnings warnings;

    @Inject
    BillingDetailsNotice billingNotice;

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
    protected void check(MemberEvent e) {
        if (e instanceof MemberEvent.BillingDetailsChanged b) {
            billingNotice.check(b.memberId(), b.regionId());
        }
    }

    @Override
    protected void apply(MemberEvent e) {
        if (e instanceof MemberEvent.Snapshot m) {
            contacts.memberSnapshot(m.memberId(), m.regionId(), m.name(), m.contactEmail(), m.contactPhone(),
                    "MemberLeft".equals(m.eventType()) ? "LEFT" : m.status());
        } else if (e instanceof MemberEvent.UserChanged u) {
            contacts.userChanged(u.userId(), u.memberId(), u.name(), u.email(), u.roles() == null ? List.of() : u.roles(),
                    !Boolean.FALSE.equals(u.active()));
        } else if (e instanceof MemberEvent.CredentialRevoked r) {
            revoked.revoke(r.subject(), r.occurredAt());
        } else if (e instanceof MemberEvent.RatesMissing r) {
            warnings.ratesMissing(r);
        } else if (e instanceof MemberEvent.BillingDetailsChanged b) {
            billingNotice.announce(b.eventId(), b.memberId(), b.occurredAt(), b.changedFields(), b.ibanLast4(), b.changedBy());
        }
    }
}
