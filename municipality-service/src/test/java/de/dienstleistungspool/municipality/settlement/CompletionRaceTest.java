package de.dienstleistungspool.municipality.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.dienstleistungspool.municipality.settlement.messaging.BookingEventsConsumer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Completions of one booking under different event ids that arrive at once (two replicas of the service, or a forged
 * copy racing the genuine one) book the booking once. The test makes the race certain: it holds back every insert into
 * the ledger until all racers have passed the "not in the ledger yet" check, so only the database's uniqueness of a
 * booking's usage lines can keep the second booking out.
 */
@QuarkusTest
class CompletionRaceTest {

    private static final int RACERS = 4;

    @Inject
    AgroalDataSource db;

    @Inject
    ObjectMapper json;

    @Inject
    BookingEventsConsumer consumer;

    @Test
    void concurrentCompletionsOfOneBookingBookItOnce() throws Exception {
        SettlementFixture county = new SettlementFixture(db, json, 2)
                .rate(2026, "WASTEWATER", "SEWER_FLUSHING", "HOUR", "145.00");
        ObjectNode genuine = county.completed(county.member(1), county.member(2), "WASTEWATER", "SEWER_FLUSHING",
                "NON_MONETARY", "4", "HOUR", Instant.parse("2026-09-14T12:00:00Z"));
        UUID booking = UUID.fromString(genuine.get("bookingId").asText());
        List<String> eventIds = new ArrayList<>();
        List<Future<Throwable>> outcomes = new ArrayList<>();
        ExecutorService racers = Executors.newFixedThreadPool(RACERS);
        try (Connection gate = db.getConnection(); Statement s = gate.createStatement()) {
            gate.setAutoCommit(false);
            // reads pass (the racers' checks), inserts wait: a SHARE lock conflicts only with writers
            s.execute("lock table ledger_line in share mode");
            for (int i = 0; i < RACERS; i++) {
                ObjectNode copy = genuine.deepCopy();
                copy.put("eventId", UUID.randomUUID().toString());
                eventIds.add(copy.get("eventId").asText());
                outcomes.add(racers.submit(() -> outcome(copy.toString())));
            }
            awaitWaitingInserts(county, RACERS);
            gate.commit();
        }
        List<Throwable> refused = new ArrayList<>();
        for (Future<Throwable> outcome : outcomes) {
            Throwable failure = outcome.get(60, TimeUnit.SECONDS);
            if (failure != null) {
                refused.add(failure);
            }
        }
        racers.shutdown();

        assertEquals(RACERS - 1, refused.size(), "one completion books the booking, the others are refused");
        for (Throwable failure : refused) {
            assertEquals("23505", sqlState(failure), "refused by the unique usage line of a booking: " + failure);
        }
        assertEquals(2, county.count("select count(*) from ledger_line where booking_id = ?", booking),
                "one usage entry: a credit and a debit line");
        assertEquals(1, county.count("select count(*) from processed_event where event_id in (?, ?, ?, ?)",
                eventIds.stream().map(UUID::fromString).toArray()), "only the booked completion is claimed");
    }

    private Throwable outcome(String message) {
        try {
            consumer.on(message);
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** Waits until the racers' transactions all wait for the lock with their insert into the ledger. */
    private static void awaitWaitingInserts(SettlementFixture county, int racers) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String waiting = "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                + " and query ilike 'insert into ledger_line%'";
        while (county.count(waiting) < racers) {
            assertTrue(System.nanoTime() < deadline, "the racers did not all reach their insert into the ledger");
            Thread.sleep(50);
        }
    }

    private static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
