package de.dienstleistungspool.notification.messaging;

import de.dienstleistungspool.notification.domain.SettlementChange;
import de.dienstleistungspool.notification.service.SettlementWebhooks;
import de.dienstleistungspool.platform.messaging.EventConsumer;
import de.dienstleistungspool.platform.messaging.PoisonMessage;
import de.dienstleistungspool.platform.messaging.RetryTransientFailures;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Forwards {@code settlement-events} to the webhooks of the members they concern (statement ready, invoice issued,
 * year closed), once per event id; an event naming an unknown member, a member of another region or an unknown region
 * is dead-lettered instead of forwarded.
 */
@ApplicationScoped
public class SettlementEventsConsumer extends EventConsumer<SettlementEvent> {

    @Inject
    SettlementWebhooks webhooks;

    SettlementEventsConsumer() {
        super("settlement-events", SettlementEvent.class);
    }

    @Incoming("settlement-events")
    @Blocking
    @RetryTransientFailures
    @Transactional
    public void on(String message) {
        consume(message);
    }

    @Override
    protected void check(SettlementEvent e) {
        if (e instanceof SettlementEvent.InvoiceIssued i && i.sellerId() == null && i.buyerId() == null) {
            throw PoisonMessage.implausible("InvoiceIssued " + i.invoiceId() + " names neither seller nor buyer");
        }
        webhooks.contradiction(change(e), e.regionId(), named(e)).ifPresent(reason -> {
            throw PoisonMessage.implausible(reason);
        });
    }

    @Override
    protected void apply(SettlementEvent e) {
        List<UUID> recipients = e instanceof SettlementEvent.YearClosed ? webhooks.membersOf(e.regionId()) : named(e);
        webhooks.forward(e.eventId(), change(e), recipients, e.message());
    }

    /** The members the event names: a statement's member, an invoice's parties; none for a year close. */
    private static List<UUID> named(SettlementEvent e) {
        if (e instanceof SettlementEvent.StatementReady s) {
            return List.of(s.memberId());
        }
        if (e instanceof SettlementEvent.InvoiceIssued i) {
            return Stream.of(i.sellerId(), i.buyerId()).filter(Objects::nonNull).distinct().toList();
        }
        return List.of();
    }

    private static SettlementChange change(SettlementEvent e) {
        return SettlementChange.of(e.eventType()).orElseThrow(); // the subtypes are mapped by exactly these names
    }
}
