package de.dienstleistungspool.notification.service;

import de.dienstleistungspool.notification.domain.Notification;
import de.dienstleistungspool.notification.domain.NotificationRepository;
import de.dienstleistungspool.notification.domain.PersonRepository;
import de.dienstleistungspool.notification.messaging.MemberEvent;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Warns a region's coordinators by e-mail when a booking is made for a year without published rates, so that they
 * publish them before the usage has to be valued; one e-mail per warning event.
 */
@ApplicationScoped
public class CoordinatorWarnings {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY)
            .withZone(ZoneId.of("Europe/Berlin"));

    @Inject
    PersonRepository people;

    @Inject
    NotificationRepository notifications;

    @Inject
    Engine engine;

    @Inject
    jakarta.enterprise.event.Event<DispatchWaker.WorkQueued> workQueued;

    /**
     * Queues the warning to every active coordinator of the region and the region's coordinator address. It is filed
     * under the member the first coordinator account belongs to (their feed), else under the booking member.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ratesMissing(MemberEvent.RatesMissing e) {
        List<Object[]> coordinators = people.coordinatorsOfRegion(e.regionId());
        UUID memberId = coordinators.isEmpty() ? e.consumerMemberId() : (UUID) coordinators.get(0)[0];
        if (memberId == null || notifications.count("memberId = ?1 and eventId = ?2", memberId, e.eventId()) > 0) {
            return;
        }
        Set<String> recipients = new LinkedHashSet<>();
        coordinators.forEach(c -> recipients.add(((String) c[1]).toLowerCase(Locale.ROOT)));
        if (e.coordinatorEmail() != null && !e.coordinatorEmail().isBlank()) {
            recipients.add(e.coordinatorEmail().toLowerCase(Locale.ROOT));
        }
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.memberId = memberId;
        n.eventId = e.eventId();
        n.eventType = "RatesMissing";
        n.bookingId = e.bookingId();
        n.recipients = List.copyOf(recipients);
        n.subject = render("mail/RatesMissing-subject", e).strip();
        n.body = render("mail/RatesMissing", e).strip() + "\n";
        n.status = recipients.isEmpty() ? "NO_RECIPIENT" : "PENDING";
        n.createdAt = Instant.now();
        n.nextTryAt = n.createdAt;
        notifications.persist(n);
        workQueued.fire(new DispatchWaker.WorkQueued());
    }

    private String render(String id, MemberEvent.RatesMissing e) {
        Template template = engine.getTemplate(id);
        if (template == null) {
            throw new IllegalStateException("Missing mail template " + id);
        }
        return template.data("year", e.year())
                .data("category", e.category())
                .data("sector", "WATER_SUPPLY".equals(e.sector()) ? "Wasserversorgung" : "WASTEWATER".equals(e.sector()) ? "Abwasserbeseitigung" : e.sector())
                .data("startText", e.start() == null ? "" : DATE.format(e.start()))
                .data("bookingId", e.bookingId() == null ? "" : e.bookingId().toString())
                .render();
    }
}
