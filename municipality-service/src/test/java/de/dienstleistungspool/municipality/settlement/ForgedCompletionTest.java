package de.dienstleistungspool.municipality.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A {@code BookingCompleted} that is well formed but contradicts what settlement knows creates no ledger line: a
 * second completion of a booked booking under a new event id, or one naming members of another county. It is
 * dead-lettered with the reason and counted; and the database itself books a booking once.
 */
@QuarkusTest
class ForgedCompletionTest {

    static final String DLQ = "municipality-service.booking-events.dlq";
    static final String CONSUMER = "municipality-service/booking-events";

    @Inject
    AgroalDataSource db;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry metrics;

    SettlementFixture county;
    SettlementFixture otherCounty;

    @BeforeEach
    void counties() {
        county = new SettlementFixture(db, json, 2).rate(2026, "WASTEWATER", "SEWER_FLUSHING", "HOUR", "145.00");
        otherCounty = new SettlementFixture(db, json, 1);
    }

    @Test
    void aNewEventIdForABookedBookingCreatesNoLedgerLine() {
        ObjectNode genuine = completion(county.member(1), county.member(2), "3");
        county.book(genuine);
        ObjectNode forged = genuine.deepCopy();
        forged.put("eventId", UUID.randomUUID().toString());
        forged.putObject("usage").put("quantity", 300).put("unit", "HOUR");

        assertRefused(forged, "booking " + genuine.get("bookingId").asText() + " is already in the ledger");
        assertEquals(2, county.count("select count(*) from ledger_line where booking_id = ?", bookingId(genuine)));
        assertEquals(1, county.count("select count(*) from ledger_line where booking_id = ? and side = 'CREDIT'"
                + " and quantity = 3", bookingId(genuine)));
    }

    @Test
    void aCompletionNamingMembersOfAnotherCountyCreatesNoLedgerLine() {
        ObjectNode acrossCounties = completion(county.member(1), otherCounty.member(1), "5");
        assertRefused(acrossCounties, "member " + otherCounty.member(1) + " does not belong to region " + county.region);
        ObjectNode otherRegionClaimed = completion(otherCounty.member(1), county.member(2), "5");
        otherRegionClaimed.put("regionId", otherCounty.region.toString());
        assertRefused(otherRegionClaimed, "member " + county.member(2) + " does not belong to region " + otherCounty.region);
        ObjectNode unknown = completion(county.member(1), UUID.randomUUID(), "5");
        assertRefused(unknown, "is unknown");
    }

    @Test
    void theDatabaseBooksABookingOnceWhateverTheEventId() {
        ObjectNode genuine = completion(county.member(1), county.member(2), "2");
        county.book(genuine);
        String secondUsage = "insert into ledger_line (entry_id, region_id, year, entry_kind, settlement_mode, sector,"
                + " category, unit, side, member_id, counterparty_id, quantity, booking_id, source_event_id, recorded_by)"
                + " select e, ?, 2026, 'USAGE', 'NON_MONETARY', 'WASTEWATER', 'SEWER_FLUSHING', 'HOUR', s.side, s.m, s.c,"
                + " s.q, ?, gen_random_uuid(), 'sql' from (select gen_random_uuid() e) x,"
                + " (values ('CREDIT', ?::uuid, ?::uuid, 2), ('DEBIT', ?::uuid, ?::uuid, -2)) s(side, m, c, q)";
        assertEquals("23505", county.sqlState(secondUsage, county.region, bookingId(genuine), county.member(1),
                county.member(2), county.member(2), county.member(1)));
        assertEquals(2, county.count("select count(*) from ledger_line where booking_id = ?", bookingId(genuine)));
    }

    /** Sends the event and a genuine marker after it (same key, so in order): once the marker is booked, the event was
     * handled; it must then be in the dead-letter topic with the reason, counted, unclaimed and without lines. */
    private void assertRefused(ObjectNode event, String reason) {
        double before = DeadLetters.counted(metrics, CONSUMER, "implausible");
        ObjectNode marker = completion(county.member(2), county.member(1), "1");
        marker.put("offerId", event.get("offerId").asText());
        county.send(event, marker);
        county.awaitLines(bookingId(marker), 2);
        var dead = DeadLetters.keyed(DLQ, event.get("offerId").asText(), 1);
        assertEquals(event.toString(), dead.get(0).value());
        assertTrue(DeadLetters.reason(dead.get(0)).endsWith(reason), DeadLetters.reason(dead.get(0)));
        assertEquals(before + 1, DeadLetters.counted(metrics, CONSUMER, "implausible"));
        assertEquals(0, county.count("select count(*) from processed_event where event_id = ?",
                UUID.fromString(event.get("eventId").asText())));
        assertEquals(0, county.count("select count(*) from ledger_line where source_event_id = ?",
                UUID.fromString(event.get("eventId").asText())));
    }

    private ObjectNode completion(UUID provider, UUID consumer, String hours) {
        return county.completed(provider, consumer, "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", hours, "HOUR",
                Instant.parse("2026-08-03T12:00:00Z"));
    }

    private static UUID bookingId(ObjectNode e) {
        return UUID.fromString(e.get("bookingId").asText());
    }
}
