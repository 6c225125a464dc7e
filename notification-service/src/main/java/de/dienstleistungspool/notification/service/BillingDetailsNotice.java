package de.dienstleistungspool.notification.service;

import de.dienstleistungspool.notification.domain.Member;
import de.dienstleistungspool.notification.domain.MemberRepository;
import de.dienstleistungspool.notification.domain.Notification;
import de.dienstleistungspool.notification.domain.NotificationRepository;
import de.dienstleistungspool.notification.domain.PersonRepository;
import de.dienstleistungspool.platform.messaging.PoisonMessage;
import de.dienstleistungspool.platform.text.ControlCharacters;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Tells a member's accounting people by e-mail that its billing details (the bank account its invoices name) changed,
 * so that a change they did not make is noticed before money goes astray. Not a preference: it always goes out, to the
 * member's contact address when it has no accounting people.
 */
@ApplicationScoped
public class BillingDetailsNotice {

    static final String TYPE = "BillingDetailsChanged";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'", Locale.GERMANY)
            .withZone(MailRenderer.BERLIN);
    private static final Map<String, String> FIELDS = Map.of("iban", "IBAN", "bic", "BIC", "taxNumber", "Steuernummer",
            "vatId", "USt-IdNr.");

    @Inject
    MemberRepository members;

    @Inject
    PersonRepository people;

    @Inject
    NotificationRepository notifications;

    @Inject
    Engine engine;

    @Inject
    Event<DispatchWaker.WorkQueued> workQueued;

    /** The member must be known here, in the region the event names. */
    public void check(UUID memberId, UUID regionId) {
        Member m = members.findById(memberId);
        if (m == null || !regionId.equals(m.regionId)) {
            throw PoisonMessage.implausible("billing details changed for member " + memberId
                    + ", which is not known in region " + regionId);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(UUID eventId, UUID memberId, Instant at, List<String> changedFields, String ibanLast4,
                         String changedBy) {
        Member member = members.findById(memberId);
        Set<String> recipients = new LinkedHashSet<>(people.emailsOf(memberId, List.of("accounting")));
        if (recipients.isEmpty() && member.contactEmail != null) {
            recipients.add(member.contactEmail);
        }
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.memberId = memberId;
        n.eventId = eventId;
        n.eventType = TYPE;
        n.recipients = List.copyOf(recipients);
        n.subject = ControlCharacters.flatten(render(TYPE + "-subject", member, at, changedFields, ibanLast4, changedBy));
        n.body = render(TYPE, member, at, changedFields, ibanLast4, changedBy).strip() + "\n";
        n.status = recipients.isEmpty() ? "NO_RECIPIENT" : "PENDING";
        n.createdAt = Instant.now();
        n.nextTryAt = n.createdAt;
        notifications.persist(n);
        workQueued.fire(new DispatchWaker.WorkQueued());
    }

    private String render(String template, Member member, Instant at, List<String> changedFields, String ibanLast4,
                          String changedBy) {
        TemplateInstance t = engine.getTemplate("mail/" + template).instance();
        return t.data("memberName", member.name)
                .data("when", WHEN.format(at))
                .data("fields", String.join(", ", changedFields.stream().map(f -> FIELDS.getOrDefault(f, f)).toList()))
                .data("iban", ibanLast4)
                .data("ibanChanged", changedFields.contains("iban"))
                .data("changedBy", changedBy == null ? "unbekannt" : changedBy)
                .render();
    }
}
