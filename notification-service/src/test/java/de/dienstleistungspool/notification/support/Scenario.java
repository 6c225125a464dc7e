package de.dienstleistungspool.notification.support;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Two fresh members of the demo region, one owning an offer (the provider) and one booking it (the consumer), each
 * with a works-staff person and a dispatcher, announced through member-events and pool-events and awaited in the
 * service's database. Every scenario has its own mail domains so tests sharing the SMTP server stay apart.
 */
public record Scenario(UUID region, UUID provider, UUID consumer, UUID offer, String providerDomain, String consumerDomain) {

    public static final UUID REGION = UUID.fromString("00000000-0000-4000-a000-000000000001");

    public static Scenario create(EntityManager em) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Scenario s = new Scenario(REGION, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "owner-" + tag + ".example", "requester-" + tag + ".example");
        s.announce();
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select (select count(*) from person where member_id in (?1, ?2)) "
                                + "+ (select count(*) from offer where offer_id = ?3) + (select count(*) from member where member_id in (?1, ?2))")
                        .setParameter(1, s.provider).setParameter(2, s.consumer).setParameter(3, s.offer)
                        .getSingleResult()).intValue() == 7));
        return s;
    }

    private void announce() {
        Events.send("member-events", provider.toString(),
                member(provider, "Kreisstadt Eschwege " + providerDomain, "bauhof@" + providerDomain, "+49 5651 304-0"),
                person(provider, "works-staff@" + providerDomain, "works-staff"),
                person(provider, "dispatcher@" + providerDomain, "dispatcher"));
        Events.send("member-events", consumer.toString(),
                member(consumer, "Stadt Wanfried " + consumerDomain, "rathaus@" + consumerDomain, "+49 5655 9894-0"),
                person(consumer, "works-staff@" + consumerDomain, "works-staff"),
                person(consumer, "dispatcher@" + consumerDomain, "dispatcher", "accounting"));
        Events.send("pool-events", offer.toString(), Events.example("pool-service", "OfferCreated", Map.of(
                "offerId", offer, "ownerMemberId", provider, "title", "Kanal-TV-Kamera",
                "depot", Map.of("name", "Bauhof Eschwege", "latitude", 51.188, "longitude", 10.0528),
                "onCall", Map.of("name", "Rufbereitschaft", "email", "rufbereitschaft@" + providerDomain, "phone", "+49 5651 304-111"))));
    }

    private static ObjectNode member(UUID id, String name, String email, String phone) {
        return Events.example("municipality-service", "MemberJoined", Map.of(
                "memberId", id, "regionId", REGION, "name", name, "contactEmail", email, "contactPhone", phone));
    }

    private static ObjectNode person(UUID member, String email, String... roles) {
        return Events.example("municipality-service", "UserChanged", Map.of(
                "memberId", member, "userId", UUID.randomUUID().toString(), "name", "Person " + email, "email", email,
                "roles", List.of(roles), "active", true));
    }

    /** A booking event of this scenario's offer with the given type, status and period. */
    public ObjectNode booking(String eventType, UUID bookingId, String status, Instant start, Instant end) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("bookingId", bookingId);
        fields.put("offerId", offer);
        fields.put("offerKind", "EQUIPMENT");
        fields.put("offerTitle", "Kanal-TV-Kamera");
        fields.put("providerMemberId", provider);
        fields.put("consumerMemberId", consumer);
        fields.put("regionId", REGION);
        fields.put("status", status);
        fields.put("start", start.toString());
        fields.put("end", end.toString());
        fields.put("site", null);
        fields.put("usage", null);
        return Events.example("booking-service", eventType, fields);
    }

    public void publish(ObjectNode... bookingEvents) {
        Events.send("booking-events", offer.toString(), bookingEvents);
    }
}
