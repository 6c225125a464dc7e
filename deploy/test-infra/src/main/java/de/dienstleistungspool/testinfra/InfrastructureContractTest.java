package de.dienstleistungspool.testinfra;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.dienstleistungspool.platform.jdbc.TransactionalJdbc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every service must prove about its foundation: it reached the real PostgreSQL (a table of the platform's
 * migrations round-trip) and it answers bad JSON with problem+json; a service that publishes events extends
 * {@link OutboxContractTest} instead, which adds the outbox and its relay on the real broker. Each service extends one of
 * them in a {@code @QuarkusTest} and names one JSON endpoint of its own.
 */
public abstract class InfrastructureContractTest {

    @Inject
    EntityManager em;

    @Inject
    TransactionalJdbc jdbc;

    @Inject
    protected io.agroal.api.AgroalDataSource dataSource;

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

    /** How many rows of a table have the given value in the given column, read in a transaction of its own. */
    protected long rows(String table, String column, Object id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from " + table + " where " + column + " = ?1").setParameter(1, id).getSingleResult()).longValue());
    }

    /**
     * PostgreSQL ended every session of the service (a restart, a failover, an administrator's
     * {@code pg_terminate_backend}): the pool's connections are dead, and each request must still get a live one
     * (platform-commons' {@code quarkus.datasource.jdbc.validate-on-borrow}), not a 500 per dead connection.
     */
    @Test
    void requestsAfterTheDatabaseEndedEveryPooledSessionSucceed() throws Exception {
        int pooled = 4;
        java.util.List<java.sql.Connection> held = new java.util.ArrayList<>();
        for (int i = 0; i < pooled; i++) { // the pool holds at least this many connections
            held.add(dataSource.getConnection());
        }
        for (java.sql.Connection c : held) {
            c.close();
        }
        int status = request().getStatusCode();
        assertEquals(true, status < 500, "the endpoint answers before: " + status);
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        try (var admin = java.sql.DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null));
             var s = admin.createStatement();
             var r = s.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity "
                     + "where datname = current_database() and pid <> pg_backend_pid()")) {
            r.next();
            assertEquals(true, r.getInt(1) >= pooled, "the pooled sessions were ended: " + r.getInt(1));
        }
        for (int i = 0; i <= pooled; i++) {
            assertEquals(status, request().getStatusCode(), "request " + (i + 1) + " after the sessions ended");
        }
    }

    private io.restassured.response.Response request() {
        var request = given();
        if (bearerToken() != null) {
            request = request.auth().oauth2(bearerToken());
        }
        return request.get(jsonEndpoint());
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
    void tokensWithoutTheAudienceFromAnotherIssuerUnsignedOrHs256AreRefused() {
        if (bearerToken() == null) {
            return;
        }
        TestTokens.refusedVariantsOf(bearerToken()).forEach((what, token) -> assertEquals(
                what.equals("control") ? 400 : 401, given().auth().oauth2(token).contentType("application/json")
                        .body("{\"broken\": ").when().post(jsonEndpoint()).statusCode(), what));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        var answers = new java.util.ArrayList<io.restassured.response.Response>();
        answers.add(given().get("/q/health/ready"));
        answers.add(given().contentType("application/json").body("{}").post(jsonEndpoint()));
        if (bearerToken() != null) {
            answers.add(given().auth().oauth2(bearerToken()).contentType("application/json").body("{\"broken\": ")
                    .post(jsonEndpoint()));
        }
        for (var answer : answers) {
            assertEquals("max-age=31536000; includeSubDomains", answer.header("Strict-Transport-Security"));
            assertEquals("nosniff", answer.header("X-Content-Type-Options"));
            assertEquals("frame-ancestors 'none'", answer.header("Content-Security-Policy"));
            assertEquals("DENY", answer.header("X-Frame-Options"));
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
