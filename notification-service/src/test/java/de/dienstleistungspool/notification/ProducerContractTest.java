package de.dienstleistungspool.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.dienstleistungspool.notification.domain.NotificationType;
import de.dienstleistungspool.notification.domain.NotificationType.Side;
import de.dienstleistungspool.notification.messaging.BookingEvent;
import de.dienstleistungspool.notification.messaging.MemberEventsConsumer;
import de.dienstleistungspool.notification.messaging.PoolEventsConsumer;
import de.dienstleistungspool.notification.service.BookingFacts;
import de.dienstleistungspool.notification.service.MailRenderer;
import de.dienstleistungspool.notification.service.NotifiableEvent;
import de.dienstleistungspool.platform.messaging.IncomingEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads every example message the producers publish in their {@code src/test/resources/contracts/} and proves this
 * service understands it: booking events read into its payload record become facts and render a German e-mail; offer,
 * member and user snapshots pass its consumers and are stored.
 */
@QuarkusTest
class ProducerContractTest {

    @Inject
    ObjectMapper json;

    @Inject
    PoolEventsConsumer poolEvents;

    @Inject
    MemberEventsConsumer memberEvents;

    @Inject
    MailRenderer renderer;

    @Test
    void everyBookingEventOfTheBookingServiceIsUnderstood() throws IOException {
        List<Path> files = contracts("booking-service");
        assertFalse(files.isEmpty(), "booking-service publishes its examples");
        for (Path file : files) {
            JsonNode event = json.readTree(file.toFile());
            NotificationType type = NotificationType.of(event.get("eventType").asText()).orElseThrow(
                    () -> new AssertionError("No notification for " + file.getFileName()));
            BookingEvent read = json.readerFor(BookingEvent.class).with(new InjectableValues.Std()
                    .addValue(IncomingEvent.MESSAGE, event.toString())).readValue(event.toString());
            assertEquals(event.toString(), read.message(), "webhooks get the message as published");
            BookingFacts facts = read.facts();
            assertNotNull(facts.start());
            assertNotNull(facts.status());
            NotifiableEvent notifiable = new NotifiableEvent(java.util.UUID.randomUUID(), type, facts.start(), facts, read.dispatch(), event.toString());
            for (Side side : Side.values()) {
                MailRenderer.RenderedMail mail = renderer.render(notifiable, side, null, null, null);
                assertTrue(mail.subject().contains(facts.offerTitle()), file + ": " + mail.subject());
                assertTrue(mail.body().startsWith("Guten Tag,"), mail.body());
                assertFalse(mail.body().contains("{"), "no unresolved expression in " + file);
            }
        }
    }

    @Test
    void everyOfferSnapshotOfThePoolServiceIsStored() throws IOException {
        List<Path> files = contracts("pool-service").stream().filter(f -> f.getFileName().toString().startsWith("Offer")).toList();
        assertFalse(files.isEmpty(), "pool-service publishes its examples");
        for (Path file : files) {
            JsonNode event = json.readTree(file.toFile());
            poolEvents.on(withFreshId(event));
            String depot = QuarkusTransaction.requiringNew().call(() -> depotOf(java.util.UUID.fromString(event.get("offerId").asText())));
            assertEquals(event.path("depot").path("name").asText(), depot);
        }
    }

    @Test
    void memberAndUserSnapshotsOfTheMunicipalityServiceAreStored() throws IOException {
        List<Path> files = contracts("municipality-service");
        assertFalse(files.isEmpty(), "municipality-service publishes its examples");
        int applied = 0;
        for (Path file : files) {
            JsonNode event = json.readTree(file.toFile());
            String type = event.get("eventType").asText();
            if (type.startsWith("Member")) {
                memberEvents.on(withFreshId(event));
                assertEquals(event.get("contactEmail").asText(), QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        "select contact_email from member where member_id = ?1").setParameter(1, java.util.UUID.fromString(event.get("memberId").asText()))
                        .getSingleResult()));
                applied++;
            } else if (type.equals("UserChanged")) {
                memberEvents.on(withFreshId(event));
                assertEquals(event.get("email").asText(), QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        "select email from person where user_id = ?1").setParameter(1, event.get("userId").asText()).getSingleResult()));
                applied++;
            }
        }
        assertTrue(applied >= 4, "MemberJoined, MemberChanged, MemberLeft and UserChanged are understood");
    }

    @Test
    void aBillingDetailsChangeOfTheMunicipalityServiceBecomesANotificationOfItsMember() throws IOException {
        Path dir = Path.of("..", "municipality-service", "src", "test", "resources", "contracts");
        JsonNode joined = json.readTree(dir.resolve("MemberJoined.json").toFile());
        memberEvents.on(withFreshId(joined));
        var changed = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(dir.resolve("BillingDetailsChanged.json").toFile());
        java.util.UUID eventId = java.util.UUID.randomUUID();
        changed.put("eventId", eventId.toString()).put("memberId", joined.get("memberId").asText())
                .put("regionId", joined.get("regionId").asText());
        memberEvents.on(changed.toString());
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select member_id, subject, body from notification where event_id = ?1").setParameter(1, eventId).getSingleResult());
        assertEquals(joined.get("memberId").asText(), row[0].toString());
        assertEquals("Ihre Bankverbindung wurde geändert", row[1].toString());
        assertTrue(row[2].toString().contains("Neue IBAN: endet auf " + changed.get("ibanLast4").asText()), row[2].toString());
        assertFalse(row[2].toString().contains("{"), "no unresolved expression: " + row[2]);
    }

    @Inject
    jakarta.persistence.EntityManager em;

    private String depotOf(java.util.UUID offerId) {
        return (String) em.createNativeQuery("select depot_name from offer where offer_id = ?1").setParameter(1, offerId).getSingleResult();
    }

    /** The example as a new message (its own event id), so the consumer does not take it for a redelivery. */
    private static String withFreshId(JsonNode event) {
        return ((com.fasterxml.jackson.databind.node.ObjectNode) event.deepCopy()).put("eventId", java.util.UUID.randomUUID().toString()).toString();
    }

    private static List<Path> contracts(String producer) throws IOException {
        Path dir = Path.of("..", producer, "src", "test", "resources", "contracts");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }
}
