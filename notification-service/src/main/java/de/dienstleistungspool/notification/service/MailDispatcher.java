package de.dienstleistungspool.notification.service;

import de.dienstleistungspool.notification.config.NotificationConfig;
import de.dienstleistungspool.notification.domain.NotificationRepository;
import de.dienstleistungspool.notification.domain.NotificationRepository.LeasedMail;
import de.dienstleistungspool.platform.text.ControlCharacters;
import de.dienstleistungspool.platform.tracing.StoredTraces;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Sends pending e-mails over SMTP: claims them one at a time with {@code FOR UPDATE SKIP LOCKED} and a lease so that
 * several instances never send one twice, marks them SENT, or retries with a doubling wait until FAILED. Each try is a
 * span ({@code mail send}) of the trace of the event that queued the e-mail.
 *
 * <p>One e-mail per claim, because a lease must outlast the sending it covers: a claimed batch is sent one after the
 * other, so with a slow SMTP server its last e-mails would be sent after the lease ran out and another instance had
 * claimed and sent them too; and an instance that dies holds only the one e-mail in hand until its lease ends.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class);

    @Inject
    NotificationRepository notifications;

    @Inject
    Mailer mailer;

    @Inject
    NotificationConfig config;

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    @Inject
    StoredTraces traces;

    @Scheduled(every = "${notification.dispatch.every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "mail-dispatch")
    void dispatchDue() {
        try {
            double leaseSeconds = config.mail().lease().toMillis() / 1000.0;
            List<LeasedMail> leased;
            while (!(leased = QuarkusTransaction.requiringNew().call(() -> notifications.leaseDue(leaseSeconds, 1))).isEmpty()) {
                LeasedMail mail = leased.get(0);
                traces.continueIn("mail send", mail.traceparent(), () -> send(mail));
            }
        } catch (RuntimeException e) {
            LOG.warnf("Mail dispatch round failed: %s", e.getMessage());
        }
    }

    private void send(LeasedMail mail) {
        String error = null;
        try {
            // every header value on one line, whatever was stored: the last point before the SMTP server
            List<String> to = mail.recipients().stream().filter(r -> !ControlCharacters.containsAny(r)).toList();
            Mail message = Mail.withText(to.get(0), ControlCharacters.flatten(mail.subject()), mail.body());
            message.setTo(to);
            message.addHeader("X-Notification-Id", mail.id().toString());
            mailer.send(message);
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            LOG.warnf("E-mail %s not sent (try %d): %s", mail.id(), mail.attempt(), error);
            StoredTraces.failed(error);
        }
        boolean giveUp = mail.attempt() >= config.mail().maxAttempts();
        long retryMillis = config.mail().retryBase().toMillis() << Math.min(mail.attempt() - 1, 20);
        String failure = error;
        QuarkusTransaction.requiringNew().run(() -> {
            if (failure == null) {
                notifications.markSent(mail.id(), mail.attempt());
            } else {
                notifications.markFailed(mail.id(), mail.attempt(), giveUp, failure, retryMillis / 1000.0);
            }
        });
        metrics.counter(DeliveryMetrics.MAIL_SENDS, "outcome", error == null ? "sent" : giveUp ? "failed" : "retry").increment();
    }
}
