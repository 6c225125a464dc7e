package de.dienstleistungspool.notification.service;

import de.dienstleistungspool.notification.config.NotificationConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends pending e-mails over SMTP: claims them with {@code FOR UPDATE SKIP LOCKED} and a lease so that several
 * instances never send one twice, marks them SENT, or retries with a doubling wait until FAILED.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class);
    private static final int BATCH = 20;
    private static final int LEASE_SECONDS = 120;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Mailer mailer;

    @Inject
    NotificationConfig config;

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    record Claimed(UUID id, List<String> recipients, String subject, String body, int attempt) {
    }

    @Scheduled(every = "${notification.dispatch.every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "mail-dispatch")
    void dispatchDue() {
        try {
            List<Claimed> claimed;
            while (!(claimed = claim()).isEmpty()) {
                for (Claimed mail : claimed) {
                    send(mail);
                }
            }
        } catch (SQLException e) {
            LOG.warnf("Mail dispatch round failed: %s", e.getMessage());
        }
    }

    private List<Claimed> claim() throws SQLException {
        List<Claimed> claimed = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update notification set next_try_at = now() + make_interval(secs => ?), attempts = attempts + 1 "
                        + "where id in (select id from notification where status = 'PENDING' and next_try_at <= now() "
                        + "  order by next_try_at limit ? for update skip locked) "
                        + "returning id, array_to_string(recipients, ','), subject, body, attempts")) {
            s.setInt(1, LEASE_SECONDS);
            s.setInt(2, BATCH);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    claimed.add(new Claimed(r.getObject(1, UUID.class), Arrays.asList(r.getString(2).split(",")),
                            r.getString(3), r.getString(4), r.getInt(5)));
                }
            }
        }
        return claimed;
    }

    private void send(Claimed mail) throws SQLException {
        String error = null;
        try {
            Mail message = Mail.withText(mail.recipients().get(0), mail.subject(), mail.body());
            message.setTo(mail.recipients());
            message.addHeader("X-Notification-Id", mail.id().toString());
            mailer.send(message);
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            LOG.warnf("E-mail %s not sent (try %d): %s", mail.id(), mail.attempt(), error);
        }
        boolean giveUp = mail.attempt() >= config.mail().maxAttempts();
        long retryMillis = config.mail().retryBase().toMillis() << Math.min(mail.attempt() - 1, 20);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(error == null
                ? "update notification set status = 'SENT', sent_at = now(), error = null where id = ?"
                : "update notification set status = ?, error = ?, next_try_at = now() + make_interval(secs => ?) where id = ?")) {
            if (error == null) {
                s.setObject(1, mail.id());
            } else {
                s.setString(1, giveUp ? "FAILED" : "PENDING");
                s.setString(2, error.substring(0, Math.min(error.length(), 500)));
                s.setDouble(3, retryMillis / 1000.0);
                s.setObject(4, mail.id());
            }
            s.executeUpdate();
        }
        metrics.counter("notification.mail.sends", "outcome", error == null ? "sent" : giveUp ? "failed" : "retry").increment();
    }
}
