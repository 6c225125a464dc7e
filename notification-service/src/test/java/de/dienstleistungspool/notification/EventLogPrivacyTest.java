package de.dienstleistungspool.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.notification.support.Events;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** Unreadable or unusable events are logged by topic, id and kind of failure, never with their content. */
@QuarkusTest
class EventLogPrivacyTest {

    @Inject
    EntityManager em;

    @Test
    void skippedEventsLeaveNoPersonalDataInTheLog() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                String text = r instanceof ExtLogRecord e ? e.getFormattedMessage() : r.getMessage();
                lines.add(text + (r.getThrown() == null ? "" : " " + r.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            UUID member = UUID.randomUUID();
            Events.sendRaw("member-events", member.toString(), "{\"eventType\":\"UserChanged\",\"email\":\"erika.muster@example.org\",");
            Events.send("member-events", member.toString(), Events.example("municipality-service", "UserChanged", Map.of(
                    "memberId", "erika.muster@example.org", "userId", UUID.randomUUID().toString(), "name", "Erika Muster",
                    "email", "erika.muster@example.org", "roles", List.of("dispatcher"), "active", true)));
            // a readable event on the same key comes after both on the same partition: once it is applied, so are they
            Events.send("member-events", member.toString(), Events.example("municipality-service", "MemberJoined", Map.of(
                    "memberId", member, "regionId", UUID.randomUUID(), "name", "Gemeinde Berkatal", "contactEmail", "rathaus@berkatal.example")));
            await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em
                    .createNativeQuery("select count(*) from member where member_id = ?1").setParameter(1, member).getSingleResult()).intValue() == 1));
            assertTrue(lines.stream().noneMatch(l -> l.contains("erika") || l.contains("Erika")), String.join("\n", lines));
        } finally {
            root.removeHandler(capture);
        }
    }
}
