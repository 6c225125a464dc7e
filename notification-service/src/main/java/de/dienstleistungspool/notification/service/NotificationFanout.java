package de.dienstleistungspool.notification.service;

import de.dienstleistungspool.notification.domain.Member;
import de.dienstleistungspool.notification.domain.MemberRepository;
import de.dienstleistungspool.notification.domain.Notification;
import de.dienstleistungspool.notification.domain.NotificationRepository;
import de.dienstleistungspool.notification.domain.NotificationType;
import de.dienstleistungspool.notification.domain.NotificationType.Side;
import de.dienstleistungspool.notification.domain.Offer;
import de.dienstleistungspool.notification.domain.OfferRepository;
import de.dienstleistungspool.notification.domain.PersonRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Turns one notifiable event into the e-mails (one per member told, recipients by role and preference) and the
 * webhook deliveries it causes, inside the transaction that also records the event as processed.
 */
@ApplicationScoped
public class NotificationFanout {

    @Inject
    MemberRepository members;

    @Inject
    PersonRepository people;

    @Inject
    OfferRepository offers;

    @Inject
    NotificationRepository notifications;

    @Inject
    Preferences preferences;

    @Inject
    MailRenderer renderer;

    @Inject
    WebhookDeliveries webhookDeliveries;

    @Inject
    jakarta.enterprise.event.Event<DispatchWaker.WorkQueued> workQueued;

    @Transactional(Transactional.TxType.MANDATORY)
    public void fanOut(NotifiableEvent event) {
        BookingFacts b = event.booking();
        Member provider = members.findById(b.providerMemberId());
        Member consumer = members.findById(b.consumerMemberId());
        Offer offer = b.offerId() == null ? null : offers.findById(b.offerId());
        if (event.type().mails(Side.PROVIDER)) {
            mail(event, Side.PROVIDER, b.providerMemberId(), provider, consumer, offer);
        }
        if (event.type().mails(Side.CONSUMER)) {
            mail(event, Side.CONSUMER, b.consumerMemberId(), consumer, provider, offer);
        }
        if (event.dispatch().emergency() && event.type() == NotificationType.BookingConfirmed) {
            alertOnCall(event, provider, consumer, offer);
        }
        workQueued.fire(new DispatchWaker.WorkQueued());
        webhookDeliveries.enqueue(event, b.providerMemberId());
        if (!b.consumerMemberId().equals(b.providerMemberId())) {
            webhookDeliveries.enqueue(event, b.consumerMemberId());
        }
    }

    /**
     * The urgent e-mail to the owner's on-call contact when an emergency request confirmed a booking of its offer, in
     * addition to the owner's usual recipients (no contact known: those alone), and the message to the owner's webhooks
     * subscribed to {@code EmergencyAlert} (it comes before, and instead of, the same event as BookingConfirmed).
     */
    private void alertOnCall(NotifiableEvent event, Member provider, Member consumer, Offer offer) {
        NotifiableEvent alert = new NotifiableEvent(event.eventId(), NotificationType.EmergencyAlert, event.occurredAt(),
                event.booking(), event.dispatch(), event.payload());
        mail(alert, Side.PROVIDER, event.booking().providerMemberId(), provider, consumer, offer);
        webhookDeliveries.enqueue(alert, event.booking().providerMemberId());
    }

    private void mail(NotifiableEvent event, Side side, UUID memberId, Member self, Member other, Offer offer) {
        if (notifications.count("memberId = ?1 and eventId = ?2", memberId, event.eventId()) > 0) {
            return;
        }
        Preferences.Preference preference = preferences.effective(memberId, event.type(), side);
        Set<String> recipients = new LinkedHashSet<>();
        if (event.type() == NotificationType.EmergencyAlert && offer != null && offer.onCallEmail != null) {
            recipients.add(offer.onCallEmail);
        }
        if (preference.email()) {
            recipients.addAll(people.emailsOf(memberId, preference.roles()));
            recipients.addAll(preference.addresses());
            if (recipients.isEmpty() && self != null && self.contactEmail != null) {
                recipients.add(self.contactEmail);
            }
        }
        MailRenderer.RenderedMail mail = renderer.render(event, side, self, other, offer);
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.memberId = memberId;
        n.eventId = event.eventId();
        n.eventType = event.type().name();
        n.bookingId = event.booking().bookingId();
        n.recipients = List.copyOf(recipients);
        n.subject = mail.subject();
        n.body = mail.body();
        boolean urgent = event.type() == NotificationType.EmergencyAlert; // the on-call contact is told whatever the preferences
        n.status = !preference.email() && !urgent ? "DISABLED" : recipients.isEmpty() ? "NO_RECIPIENT" : "PENDING";
        n.createdAt = Instant.now();
        n.nextTryAt = n.createdAt;
        notifications.persist(n);
    }
}
