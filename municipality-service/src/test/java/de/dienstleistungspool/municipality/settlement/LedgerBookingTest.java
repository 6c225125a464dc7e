package de.dienstleistungspool.municipality.settlement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.dienstleistungspool.testinfra.DeadLetters;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * From BookingCompleted on the real broker to immutable, balanced ledger lines, booked once per event; a completion
 * that cannot be read or booked goes to {@code municipality-service.booking-events.dlq}.
 */
@QuarkusTest
class LedgerBookingTest {

    @Inject
    AgroalDataSource db;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry metrics;

    SettlementFixture f;

    @BeforeEach
    void region() {
        f = new SettlementFixture(db, json, 2).rate(2026, "WASTEWATER", "SEWER_FLUSHING", "HOUR", "145.00");
    }

    @Test
    void completedBookingBecomesACreditAndADebitValuedAtTheRate() {
        ObjectNode e = f.completed(f.member(1), f.member(2), "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "7.5", "HOUR",
                Instant.parse("2026-07-01T14:00:00Z"));
        f.book(e);
        given().auth().oauth2(f.accounting(1)).queryParam("year", 2026).get("/settlement/ledger")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].side", equalTo("CREDIT")).body("items[0].amount", equalTo(1087.5f))
                .body("items[0].bookingId", equalTo(e.get("bookingId").asText()))
                .body("items[0].counterpartyId", equalTo(f.member(2).toString()));
        given().auth().oauth2(f.accounting(2)).queryParam("year", 2026).get("/settlement/ledger")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].side", equalTo("DEBIT"))
                .body("items[0].quantity", equalTo(7.5f));
    }

    @Test
    void theSameEventTwiceBooksOnce() {
        ObjectNode e = f.completed(f.member(1), f.member(2), "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "2", "HOUR",
                Instant.parse("2026-03-01T10:00:00Z"));
        f.send(e, e);
        ObjectNode marker = f.completed(f.member(2), f.member(1), "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "1", "HOUR",
                Instant.parse("2026-03-02T10:00:00Z"));
        marker.put("offerId", e.get("offerId").asText());
        f.book(marker);
        assertEquals(2, f.count("select count(*) from ledger_line where booking_id = ?", UUID.fromString(e.get("bookingId").asText())));
    }

    @Test
    void unparseableAndUnbookableMessagesAreDeadLetteredAndTheNextOneIsBooked() {
        ObjectNode good = f.completed(f.member(1), f.member(2), "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "1", "HOUR",
                Instant.parse("2026-04-01T10:00:00Z"));
        ObjectNode noUsage = f.completed(f.member(1), f.member(2), "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "1", "HOUR",
                Instant.parse("2026-04-01T10:00:00Z"));
        noUsage.putNull("usage");
        String key = good.get("offerId").asText();
        noUsage.put("offerId", key);
        double implausible = DeadLetters.counted(metrics, "municipality-service/booking-events", "implausible");
        DeadLetters.send("booking-events", key, "{\"eventType\": not json", noUsage.toString());
        f.book(good);
        assertEquals(0, f.count("select count(*) from ledger_line where booking_id = ?", UUID.fromString(noUsage.get("bookingId").asText())));
        assertEquals(0, f.count("select count(*) from processed_event where event_id = ?", UUID.fromString(noUsage.get("eventId").asText())));
        var dead = DeadLetters.keyed("municipality-service.booking-events.dlq", key, 2);
        assertTrue(DeadLetters.reason(dead.get(0)).startsWith("unreadable: "), DeadLetters.reason(dead.get(0)));
        assertEquals(noUsage.toString(), dead.get(1).value());
        assertTrue(DeadLetters.reason(dead.get(1)).endsWith("cannot be booked: no positive usage quantity"), DeadLetters.reason(dead.get(1)));
        assertEquals(implausible + 1, DeadLetters.counted(metrics, "municipality-service/booking-events", "implausible"));
    }

    @Test
    void berlinCalendarDecidesTheYear() {
        ObjectNode newYearsEve = f.completed(f.member(1), f.member(2), "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "3", "HOUR",
                Instant.parse("2025-12-31T23:30:00Z"));
        f.book(newYearsEve);
        assertEquals(2, f.count("select count(*) from ledger_line where booking_id = ? and year = 2026",
                UUID.fromString(newYearsEve.get("bookingId").asText())));
    }

    @Test
    void ledgerLinesCannotBeChangedOrDeletedAtTheDatabase() {
        ObjectNode e = f.completed(f.member(1), f.member(2), "WASTEWATER", "SEWER_FLUSHING", "MONETARY", "4", "HOUR",
                Instant.parse("2026-05-01T10:00:00Z"));
        f.book(e);
        UUID booking = UUID.fromString(e.get("bookingId").asText());
        assertEquals("DPIM1", f.sqlState("update ledger_line set quantity = 1 where booking_id = ?", booking));
        assertEquals("DPIM1", f.sqlState("delete from ledger_line where booking_id = ?", booking));
        assertEquals("DPBL1", f.sqlState("insert into ledger_line (entry_id, region_id, year, entry_kind, settlement_mode, sector, category, unit, side, "
                + "member_id, counterparty_id, quantity, recorded_by) values (gen_random_uuid(), ?, 2026, 'USAGE', 'MONETARY', 'WASTEWATER', "
                + "'SEWER_FLUSHING', 'HOUR', 'CREDIT', ?, ?, 5, 'sql')", f.region, f.member(1), f.member(2)));
        assertEquals(1, f.count("select count(*) from ledger_line where booking_id = ? and side = 'CREDIT' and quantity = 4", booking));
    }

    @Test
    void coordinatorReversesAnEntryOnceWithANewEntry() {
        ObjectNode e = f.completed(f.member(1), f.member(2), "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "6", "HOUR",
                Instant.parse("2026-06-01T10:00:00Z"));
        f.book(e);
        String entryId = given().auth().oauth2(f.accounting(1)).get("/settlement/ledger").then().statusCode(200)
                .extract().path("items[0].entryId");
        String location = given().auth().oauth2(f.coordinator()).contentType("application/json").body("{\"reason\":\"falsch erfasst\"}")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/settlement/ledger/entries/" + entryId + "/reversals").then().statusCode(201)
                .body("lines[0].quantity", equalTo(-6.0f)).body("lines[0].amount", equalTo(-870.0f))
                .extract().header("Location");
        assertNotNull(location);
        given().auth().oauth2(f.coordinator()).contentType("application/json").body("{\"reason\":\"nochmal\"}")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/settlement/ledger/entries/" + entryId + "/reversals").then().statusCode(409);
        given().auth().oauth2(f.accounting(1)).contentType("application/json").body("{\"reason\":\"x\"}")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/settlement/ledger/entries/" + entryId + "/reversals").then().statusCode(403);
        given().auth().oauth2(f.coordinator()).contentType("application/json").body("{}")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/settlement/ledger/entries/" + entryId + "/reversals").then().statusCode(400);
        given().auth().oauth2(f.accounting(1)).queryParam("year", 2026).get("/settlement/balances")
                .then().statusCode(200).body("pairs[0].netHours", equalTo(0.0f)).body("pairs[0].netAmount", equalTo(0.0f));
    }
}
