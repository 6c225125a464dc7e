package de.dienstleistungspool.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import de.dienstleistungspool.notification.service.Reminders;
import de.dienstleistungspool.notification.support.InjectGreenMail;
import de.dienstleistungspool.notification.support.Mails;
import de.dienstleistungspool.notification.support.Scenario;
import de.dienstleistungspool.notification.support.WebhookReceiver;
import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Reminders before a pick-up and for an overdue return are sent once even when several workers run the reminder
 * job at the same moment against the same database (as two service instances would): eight threads call the job
 * together, and the {@code reminder} table's primary key lets exactly one of them issue each reminder.
 */
@QuarkusTest
class ReminderConcurrencyTest {

    private static final int WORKERS = 8;

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    EntityManager em;

    @Inject
    Reminders reminders;

    @Test
    void concurrentWorkersSendEachReminderOnce() throws Exception {
        Scenario s = Scenario.create(em);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID pickUpTomorrow = UUID.randomUUID();
        UUID overdue = UUID.randomUUID();
        UUID farAhead = UUID.randomUUID();
        String admin = TestTokens.token(s.consumer(), s.region(), Roles.MEMBER_ADMIN);
        try (WebhookReceiver receiver = new WebhookReceiver(204)) {
            given().auth().oauth2(admin).contentType("application/json")
                    .body(Map.of("url", receiver.url(), "eventTypes", List.of("BookingStartsSoon", "BookingReturnOverdue")))
                    .when().header("Idempotency-Key", UUID.randomUUID().toString()).post("/webhooks").then().statusCode(201);
            s.publish(s.booking("BookingConfirmed", pickUpTomorrow, "CONFIRMED", now.plus(Duration.ofHours(20)), now.plus(Duration.ofHours(30))),
                    s.booking("BookingConfirmed", overdue, "CONFIRMED", now.minus(Duration.ofDays(3)), now.minus(Duration.ofHours(2))),
                    s.booking("BookingStarted", overdue, "IN_USE", now.minus(Duration.ofDays(3)), now.minus(Duration.ofHours(2))),
                    s.booking("BookingConfirmed", farAhead, "CONFIRMED", now.plus(Duration.ofDays(5)), now.plus(Duration.ofDays(6))));
            await().atMost(Duration.ofSeconds(30)).until(() -> count(
                    "select count(*) from booking where booking_id in (?1, ?2, ?3) and status in ('CONFIRMED', 'IN_USE') "
                            + "and (booking_id <> ?2 or status = 'IN_USE')", pickUpTomorrow, overdue, farAhead) == 3);
            long remindersBefore = count("select count(*) from reminder");

            int issued = runConcurrently(() -> reminders.issueDue(Instant.now()));

            assertEquals(1, count("select count(*) from reminder where booking_id = ?1 and reminder_kind = 'BookingStartsSoon'", pickUpTomorrow));
            assertEquals(1, count("select count(*) from reminder where booking_id = ?1 and reminder_kind = 'BookingReturnOverdue'", overdue));
            assertEquals(0, count("select count(*) from reminder where booking_id = ?1", farAhead));
            assertEquals(count("select count(*) from reminder") - remindersBefore, issued, "the workers together issued each new reminder once");

            await().atMost(Duration.ofSeconds(20)).until(() -> reminderMails(s.consumerDomain()).size() == 2
                    && reminderMails(s.providerDomain()).size() == 2 && receiver.received().size() == 2);
            Thread.sleep(2_000); // anything sent twice would arrive within this time
            for (String domain : List.of(s.consumerDomain(), s.providerDomain())) {
                List<String> reminderSubjects = reminderMails(domain);
                assertEquals(2, reminderSubjects.size(), reminderSubjects.toString());
                assertEquals(1, reminderSubjects.stream().filter(t -> t.startsWith("Erinnerung: Kanal-TV-Kamera beginnt am")).count());
                assertEquals(1, reminderSubjects.stream().filter(t -> t.startsWith("Rückgabe überfällig: Kanal-TV-Kamera")).count());
            }
            assertEquals(2, receiver.received().size());
            assertEquals(0, runConcurrently(() -> reminders.issueDue(Instant.now())), "a later run issues nothing again");
        }
    }

    private int runConcurrently(java.util.concurrent.Callable<Integer> job) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < WORKERS; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return job.call();
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> r : results) {
                total += r.get();
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Subjects of the reminder e-mails a domain received. */
    private List<String> reminderMails(String domain) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : Mails.distinct(greenMail.getReceivedMessagesForDomain(domain))) {
            if (m.getSubject().startsWith("Erinnerung") || m.getSubject().startsWith("Rückgabe")) {
                subjects.add(m.getSubject());
            }
        }
        return subjects;
    }

    private long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }
}
