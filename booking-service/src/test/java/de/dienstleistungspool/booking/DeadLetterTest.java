package de.dienstleistungspool.booking;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.platform.messaging.DeadLetterReplay;
import de.dienstleistungspool.testinfra.DeadLetters;
import de.dienstleistungspool.testinfra.TestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A poison message on {@code pool-events} or {@code member-events} goes to {@code booking-service.<topic>.dlq} with its
 * reason and claims nothing, the next message of the partition is applied, and a dead-lettered blackout whose offer
 * arrives later takes effect when the dead-letter topic is replayed.
 */
@QuarkusTest
class DeadLetterTest {

    private static final Instant DAY = Instant.now().plus(Duration.ofDays(120)).truncatedTo(ChronoUnit.DAYS);

    @Test
    void aBlackoutOfAnUnknownOfferIsDeadLetteredAndTakesEffectWhenReplayedAfterTheOffer() throws Exception {
        UUID offer = UUID.randomUUID();
        UUID blackout = UUID.randomUUID();
        UUID blackoutEvent = UUID.randomUUID();
        String early = """
                {"eventId":"%s","eventType":"BlackoutAdded","occurredAt":"%s","offerId":"%s","blackoutId":"%s",
                 "ownerMemberId":"%s","start":"%s","end":"%s","reason":"Wartung"}""".formatted(blackoutEvent, Instant.now(),
                offer, blackout, PoolFeed.ESCHWEGE, DAY, DAY.plus(Duration.ofDays(1)));

        DeadLetters.send("pool-events", offer.toString(), "{not json", early);
        PoolFeed.offer(o -> o.put("offerId", offer.toString())); // processed after both, same partition

        var dead = DeadLetters.keyed("booking-service.pool-events.dlq", offer.toString(), 2);
        assertTrue(DeadLetters.reason(dead.get(0)).startsWith("unreadable: "), DeadLetters.reason(dead.get(0)));
        assertEquals("implausible: blackout " + blackout + " names unknown offer " + offer, DeadLetters.reason(dead.get(1)));
        assertEquals(0, PoolFeed.count("select count(*) from processed_event where event_id = ?", blackoutEvent));
        assertEquals(0, PoolFeed.count("select count(*) from blackout where blackout_id = ?", blackout));

        replay("booking-service.pool-events.dlq");

        PoolFeed.awaitProcessed(blackoutEvent);
        assertEquals(1, PoolFeed.count("select count(*) from blackout where blackout_id = ?", blackout));
        Api.request(PoolFeed.WITZENHAUSEN, offer, DAY, DAY.plus(Duration.ofHours(2))).then().statusCode(409);
    }

    @Test
    void aRevocationWithoutSubjectIsDeadLetteredAndTheNextMemberEventIsApplied() {
        UUID member = UUID.randomUUID();
        UUID bad = UUID.randomUUID();
        String noSubject = """
                {"eventId":"%s","eventType":"CredentialRevoked","occurredAt":"%s","memberId":"%s","subject":"",
                 "kind":"API_CLIENT"}""".formatted(bad, Instant.now(), member);
        DeadLetters.send("member-events", member.toString(), noSubject);
        PoolFeed.memberEvent(member, "MemberLeft", o -> o.put("status", "LEFT"));

        ConsumerRecord<String, String> dead = DeadLetters.keyed("booking-service.member-events.dlq", member.toString(), 1).get(0);
        assertEquals(noSubject, dead.value());
        assertTrue(DeadLetters.reason(dead).endsWith("subject must not be blank"), DeadLetters.reason(dead));
        assertEquals(0, PoolFeed.count("select count(*) from processed_event where event_id = ?", bad));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                PoolFeed.count("select count(*) from member where member_id = ? and status = 'LEFT'", member) == 1);
    }

    private static void replay(String dlq) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DeadLetterReplay.run(new String[] {"replay", "--topic", dlq, "--bootstrap-servers", TestInfrastructure.bootstrapServers()},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Replayed "), out.toString(StandardCharsets.UTF_8));
    }
}
