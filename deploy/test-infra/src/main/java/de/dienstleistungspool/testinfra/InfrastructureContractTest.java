package de.dienstleistungspool.testinfra;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.dienstleistungspool.platform.jdbc.TransactionalJdbc;
import de.dienstleistungspool.platform.outbox.Outbox;
import de.dienstleistungspool.platform.outbox.OutboxRelay;
import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every service must prove about its foundation: it reached the real PostgreSQL (a Flyway-created table
 * round-trip), the real broker (an outbox event read back from Kafka), and it answers bad JSON with problem+json.
 * Each service extends this in a {@code @QuarkusTest} and names one JSON endpoint of its own.
 */
public abstract class InfrastructureContractTest {

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    TransactionalJdbc jdbc;

    @Inject
    OutboxRelay relay;

    @Inject
    AgroalDataSource dataSource;

    /** A POST endpoint of the service that takes a JSON body. */
    protected abstract String jsonEndpoint();

    /** A token the endpoint accepts, or null when it needs none. */
    protected abstract String bearerToken();

    @Test
    void flywayCreatedTableRoundTrip() {
        UUID eventId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "insert into processed_event (consumer, event_id) values ('infrastructure-test', ?1)")
                .setParameter(1, eventId).executeUpdate());
        assertEquals(1, rows("processed_event", "event_id", eventId));
    }

    @Test
    void outboxEventReachesTheBroker() {
        String topic = "infrastructure-test-" + UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() ->
                outbox.publish(topic, "key-1", eventId, "InfrastructureProbed", Map.of("eventId", eventId.toString())));
        ConsumerTask<String, String> records = TestInfrastructure.kafkaCompanion()
                .consumeStrings().fromTopics(topic, 1).awaitCompletion(Duration.ofSeconds(30));
        assertEquals("key-1", records.getFirstRecord().key());
        assertEquals(true, records.getFirstRecord().value().contains(eventId.toString()));
    }

    @Test
    void anEventOfAnOlderTransactionThatCommitsLaterIsNeitherSkippedNorOvertaken() throws Exception {
        String topic = "infrastructure-order-" + UUID.randomUUID();
        UUID older = UUID.randomUUID();
        UUID newer = UUID.randomUUID();
        try (Connection open = dataSource.getConnection()) {
            open.setAutoCommit(false);
            insertRow(open, older, topic, "{\"eventId\":\"" + older + "\"}");
            QuarkusTransaction.requiringNew().run(() ->
                    outbox.publish(topic, "k", newer, "InfrastructureProbed", Map.of("eventId", newer.toString())));
            Thread.sleep(1_500); // several relay rounds pass while the older transaction is still open
            open.commit();
        }
        relay.nudge();
        ConsumerTask<String, String> records = TestInfrastructure.kafkaCompanion()
                .consumeStrings().fromTopics(topic, 2).awaitCompletion(Duration.ofSeconds(30));
        assertEquals(true, records.getRecords().get(0).value().contains(older.toString()), "older transaction's event first");
        assertEquals(true, records.getRecords().get(1).value().contains(newer.toString()));
    }

    @Test
    void aBacklogOfSeveralBatchesGoesOutCompletelyAndInCommitOrder() throws Exception {
        String topic = "infrastructure-backlog-" + UUID.randomUUID();
        int backlog = 1_200; // more than two batches of the default outbox.relay.batch-size (500)
        UUID older = UUID.randomUUID();
        try (Connection open = dataSource.getConnection()) {
            open.setAutoCommit(false);
            insertRow(open, older, topic, "{\"n\":-1}");
            commitRows(topic, backlog, i -> "{\"n\":" + i + "}");
            Thread.sleep(1_000); // relay rounds pass; the open older transaction holds the whole backlog back
            open.commit();
        }
        relay.nudge();
        var records = TestInfrastructure.kafkaCompanion().consumeStrings().fromTopics(topic, backlog + 1)
                .awaitCompletion(Duration.ofSeconds(60)).getRecords();
        assertEquals("{\"n\":-1}", records.get(0).value(), "the older transaction's event first");
        for (int i = 0; i < backlog; i++) {
            assertEquals("{\"n\":" + i + "}", records.get(i + 1).value(), "then the backlog in commit order");
        }
        assertEquals(0, rowsAfterRelay("topic", topic), "every published row is deleted");
    }

    @Test
    void theRelayVacuumsItsTableAfterEnoughDeletedRows() throws Exception {
        String topic = "infrastructure-vacuum-" + UUID.randomUUID();
        int vacuumAfter = ConfigProvider.getConfig().getOptionalValue("outbox.relay.vacuum-after", Integer.class).orElse(2000);
        long vacuumsBefore = outboxVacuums();
        commitRows(topic, vacuumAfter, i -> "{}");
        relay.nudge();
        TestInfrastructure.kafkaCompanion().consumeStrings().fromTopics(topic, vacuumAfter).awaitCompletion(Duration.ofSeconds(60));
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (outboxVacuums() == vacuumsBefore && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(true, outboxVacuums() > vacuumsBefore, "deleting " + vacuumAfter + " published rows triggers a vacuum");
    }

    /** How often the outbox table was vacuumed by a VACUUM command (autovacuum is counted separately). */
    private long outboxVacuums() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select vacuum_count from pg_stat_user_tables where relname = 'outbox_event'").getSingleResult()).longValue());
    }

    @Test
    void aRowIsDeletedOnceItsEventIsPublishedAndNotBefore() throws Exception {
        String topic = "infrastructure-delete-" + UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        UUID uncommitted = UUID.randomUUID();
        try (Connection open = dataSource.getConnection()) {
            open.setAutoCommit(false);
            insertRow(open, uncommitted, topic, "{}");
            QuarkusTransaction.requiringNew().run(() ->
                    outbox.publish(topic, "k", eventId, "InfrastructureProbed", Map.of("eventId", eventId.toString())));
            Thread.sleep(1_000); // relay rounds pass; the open transaction's row must neither go out nor be deleted
            try (var s = open.prepareStatement("select count(*) from outbox_event where id = ?")) {
                s.setObject(1, uncommitted);
                try (var r = s.executeQuery()) {
                    r.next();
                    assertEquals(1, r.getLong(1), "the row of a transaction still open stays");
                }
            }
            assertEquals(1, rows("outbox_event", "id", eventId), "a younger event waits for the older open transaction");
            open.rollback();
        }
        relay.nudge();
        TestInfrastructure.kafkaCompanion().consumeStrings().fromTopics(topic, 1).awaitCompletion(Duration.ofSeconds(30));
        assertEquals(0, rowsAfterRelay("id", eventId), "the published event's row is deleted");
    }

    /** How many rows of a platform table have the given id in the given column, read in a transaction of its own. */
    private static final String INSERT_ROW = "insert into outbox_event (id, topic, record_key, event_type, payload) "
            + "values (?, ?, 'k', 'InfrastructureProbed', cast(? as json))";

    /** Writes an outbox row directly on the given connection (in its transaction), as the Outbox would. */
    private static void insertRow(Connection c, UUID id, String topic, String payload) throws java.sql.SQLException {
        try (var s = c.prepareStatement(INSERT_ROW)) {
            s.setObject(1, id);
            s.setString(2, topic);
            s.setString(3, payload);
            s.executeUpdate();
        }
    }

    /** Writes {@code count} raw outbox rows of one topic in one committed transaction, payload by row number. */
    private void commitRows(String topic, int count, java.util.function.IntFunction<String> payload) throws java.sql.SQLException {
        try (Connection c = dataSource.getConnection(); var s = c.prepareStatement(INSERT_ROW)) {
            c.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                s.setObject(1, UUID.randomUUID());
                s.setString(2, topic);
                s.setString(3, payload.apply(i));
                s.addBatch();
            }
            s.executeBatch();
            c.commit();
        }
    }

    /** Outbox rows with the value, once they are gone or after 10 s (the relay deletes a row after Kafka's ack). */
    private long rowsAfterRelay(String column, Object value) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (rows("outbox_event", column, value) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return rows("outbox_event", column, value);
    }

    private long rows(String table, String column, Object id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from " + table + " where " + column + " = ?1").setParameter(1, id).getSingleResult()).longValue());
    }

    @Test
    void plainJdbcRunsOnTheTransactionsOwnConnection() {
        UUID eventId = UUID.randomUUID();
        int[] pids = new int[2];
        RuntimeException rollBack = new IllegalStateException("roll back on purpose");
        Runnable work = () -> {
            pids[0] = ((Number) em.createNativeQuery("select pg_backend_pid()").getSingleResult()).intValue();
            pids[1] = jdbc.run(c -> {
                try (var s = c.prepareStatement("insert into processed_event (consumer, event_id) "
                        + "values ('infrastructure-test', ?) returning pg_backend_pid()")) {
                    s.setObject(1, eventId);
                    try (var r = s.executeQuery()) {
                        r.next();
                        return r.getInt(1);
                    }
                }
            });
            throw rollBack;
        };
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(work));
        assertEquals(rollBack, thrown);
        assertEquals(pids[0], pids[1], "Hibernate and TransactionalJdbc must share the transaction's connection");
        assertEquals(0, rows("processed_event", "event_id", eventId), "the JDBC insert must roll back with the transaction");
    }

    @Test
    void aDeferredStatementRidesOnTheNextRoundTripOrRunsBeforeCommit() {
        UUID riding = UUID.randomUUID();
        UUID alone = UUID.randomUUID();
        long seenInTheSameRoundTrip = QuarkusTransaction.requiringNew().call(() -> {
            jdbc.defer(processed(riding));
            return jdbc.run("select count(*) from processed_event where event_id = ?", (s, from) -> {
                s.setObject(from, riding);
                return from + 1;
            }, s -> {
                try (var r = s.getResultSet()) {
                    r.next();
                    return r.getLong(1);
                }
            });
        });
        assertEquals(1, seenInTheSameRoundTrip, "the deferred insert runs before the statement it rides on");
        QuarkusTransaction.requiringNew().run(() -> jdbc.defer(processed(alone)));
        assertEquals(1, rows("processed_event", "event_id", alone), "a deferred statement nobody picked up runs before commit");
        UUID rolledBack = UUID.randomUUID();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            jdbc.defer(processed(rolledBack));
            throw new IllegalStateException("roll back on purpose");
        }));
        assertEquals(0, rows("processed_event", "event_id", rolledBack));
    }

    @Test
    void runAndCommitCommitsInItsRoundTripAndAFailureInItCommitsNothing() {
        UUID deferred = UUID.randomUUID();
        UUID last = UUID.randomUUID();
        long[] seenElsewhere = new long[1];
        QuarkusTransaction.requiringNew().run(() -> {
            jdbc.defer(processed(deferred));
            jdbc.runAndCommit(INSERT_PROCESSED, (s, from) -> {
                s.setObject(from, last);
                return from + 1;
            }, s -> s.getUpdateCount());
            // the transaction is still open here, but its round trip committed: a new transaction sees both rows
            seenElsewhere[0] = rows("processed_event", "event_id", deferred) + rows("processed_event", "event_id", last);
            assertThrows(IllegalStateException.class, () -> jdbc.defer(processed(UUID.randomUUID())));
            assertThrows(IllegalStateException.class, () -> jdbc.run(c -> c.isValid(1)));
        });
        assertEquals(2, seenElsewhere[0], "committed by the round trip, before the transaction ended");
        UUID twice = UUID.randomUUID();
        assertThrows(TransactionalJdbc.DatabaseException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            jdbc.defer(processed(twice));
            // the same key again: the primary key fails the round trip before its commit
            jdbc.runAndCommit(INSERT_PROCESSED, (s, from) -> {
                s.setObject(from, twice);
                return from + 1;
            }, s -> s.getUpdateCount());
        }));
        assertEquals(0, rows("processed_event", "event_id", twice), "nothing of the failed round trip stays");
    }

    private static final String INSERT_PROCESSED = "insert into processed_event (consumer, event_id) values ('infrastructure-test', ?)";

    private static TransactionalJdbc.Deferred processed(UUID eventId) {
        return new TransactionalJdbc.Deferred(INSERT_PROCESSED, (s, from) -> {
            s.setObject(from, eventId);
            return from + 1;
        }, count -> assertEquals(1, count));
    }


    @Test
    void aCachedTokenDoesNotLetAnAlteredOrForgedTokenIn() {
        if (bearerToken() == null) {
            return;
        }
        String token = bearerToken();
        for (int i = 0; i < 2; i++) { // the second call is answered from the verified-token cache
            given().auth().oauth2(token).contentType("application/json").body("{\"broken\": ")
                    .when().post(jsonEndpoint()).then().statusCode(400);
        }
        int at = token.length() - 20; // inside the signature, away from the base64 padding bits of the last character
        String altered = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
        String[] parts = token.split("\\.");
        String forged = TestTokens.forged(UUID.randomUUID(), UUID.randomUUID(), "dispatcher");
        String resigned = parts[0] + "." + parts[1] + "." + forged.split("\\.")[2];
        for (String bad : new String[] {altered, resigned, forged}) {
            given().auth().oauth2(bad).contentType("application/json").body("{\"broken\": ")
                    .when().post(jsonEndpoint()).then().statusCode(401);
        }
    }

    @Test
    void malformedJsonIsAProblem400() {
        var request = given().contentType("application/json").body("{\"broken\": ");
        if (bearerToken() != null) {
            request = request.auth().oauth2(bearerToken());
        }
        request.when().post(jsonEndpoint())
                .then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(400))
                .body("title", equalTo("Malformed request body"));
    }

    @Test
    void oversizedBodyIsAProblem413() {
        var request = given().contentType("application/json").body("{\"x\": \"" + "a".repeat(1_100_000) + "\"}");
        if (bearerToken() != null) {
            request = request.auth().oauth2(bearerToken());
        }
        request.when().post(jsonEndpoint())
                .then().statusCode(413)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(413));
    }
}
