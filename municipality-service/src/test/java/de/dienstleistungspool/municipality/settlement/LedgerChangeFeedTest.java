package de.dienstleistungspool.municipality.settlement;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ledger change feed: a stable order that a cursor walks without gaps or repeats, only the caller's lines, and no
 * change skipped when a transaction that began earlier commits after later ones (the cursor waits for it).
 */
@QuarkusTest
class LedgerChangeFeedTest {

    @Inject
    AgroalDataSource db;

    @Inject
    ObjectMapper json;

    SettlementFixture f;

    @BeforeEach
    void region() {
        f = new SettlementFixture(db, json, 3).rate(2026, "WASTEWATER", "SEWER_FLUSHING", "HOUR", "145.00");
    }

    @Test
    void aCursorWalksCreatedReversedAndValuedChangesInOrder() {
        ObjectNode first = completion(1, 2, "WASTEWATER", "SEWER_FLUSHING", "2026-03-02T10:00:00Z");
        ObjectNode second = completion(2, 1, "WASTEWATER", "SEWER_FLUSHING", "2026-03-03T10:00:00Z");
        ObjectNode unrated = completion(1, 2, "WATER_SUPPLY", "LEAK_DETECTOR", "2026-03-04T10:00:00Z");
        f.book(first);
        f.book(second);
        f.book(unrated);
        List<JsonPath> all = awaitChanges(f.accounting(1), null, 3);
        assertEquals(List.of("ENTRY_CREATED", "ENTRY_CREATED", "ENTRY_CREATED"), kinds(all));
        assertEquals(List.of(first.get("bookingId").asText(), second.get("bookingId").asText(), unrated.get("bookingId").asText()),
                all.stream().map(c -> c.getString("line.bookingId")).toList());
        assertEquals("BA-2026-0815", all.get(0).getString("line.externalReference"));

        // two at a time: the same changes, then an empty page that keeps the cursor
        JsonPath page1 = page(f.accounting(1), null, 2).then().statusCode(200).extract().jsonPath();
        assertEquals(2, page1.getList("items").size());
        JsonPath page2 = page(f.accounting(1), page1.getString("nextCursor"), 2).then().statusCode(200).extract().jsonPath();
        assertEquals(all.get(2).getString("cursor"), page2.getString("items[0].cursor"));
        String end = page2.getString("nextCursor");
        page(f.accounting(1), end, 2).then().statusCode(200).body("items.size()", equalTo(0)).body("nextCursor", equalTo(end));

        String entry = all.get(0).getString("line.entryId");
        given().auth().oauth2(f.coordinator()).header("Idempotency-Key", UUID.randomUUID().toString()).contentType("application/json")
                .body(Map.of("reason", "falsch erfasst")).post("/settlement/ledger/entries/" + entry + "/reversals")
                .then().statusCode(201);
        given().auth().oauth2(f.coordinator()).contentType("application/json")
                .body("{\"rates\":[{\"sector\":\"WATER_SUPPLY\",\"category\":\"LEAK_DETECTOR\",\"unit\":\"DAY\",\"amount\":250.00},"
                        + "{\"sector\":\"WASTEWATER\",\"category\":\"SEWER_FLUSHING\",\"unit\":\"HOUR\",\"amount\":145.00}],"
                        + "\"settlementTerms\":{\"toleranceHours\":4,\"remainder\":\"CARRY_OVER\"}}")
                .put("/regions/" + f.region + "/rates/2026").then().statusCode(200);
        List<JsonPath> later = awaitChanges(f.accounting(1), end, 2);
        assertEquals(List.of("ENTRY_REVERSED", "ENTRY_VALUED"), kinds(later));
        assertEquals(entry, later.get(0).getString("line.reversesEntryId"));
        assertEquals(-435.0f, later.get(0).getFloat("line.amount"));
        assertEquals(unrated.get("bookingId").asText(), later.get(1).getString("line.bookingId"));
        assertEquals(500.0f, later.get(1).getFloat("line.amount"));
        assertTrue(later.get(1).getBoolean("line.valued"));
    }

    @Test
    void eachCallerSeesOnlyItsOwnLines() {
        SettlementFixture other = new SettlementFixture(db, json, 2);
        f.book(completion(1, 2, "WASTEWATER", "SEWER_FLUSHING", "2026-04-02T10:00:00Z"));
        awaitChanges(f.accounting(2), null, 1);
        JsonPath provider = page(f.accounting(1), null, 100).then().statusCode(200).extract().jsonPath();
        assertEquals("CREDIT", provider.getString("items[0].line.side"));
        assertEquals(f.member(1).toString(), provider.getString("items[0].line.memberId"));
        page(f.accounting(2), null, 100).then().statusCode(200).body("items[0].line.side", equalTo("DEBIT"));
        page(f.coordinator(), null, 100).then().statusCode(200).body("items.size()", equalTo(1))
                .body("items[0].line.side", equalTo("CREDIT"));
        page(f.accounting(3), null, 100).then().statusCode(200).body("items.size()", equalTo(0));
        page(other.coordinator(), null, 100).then().statusCode(200).body("items.size()", equalTo(0));
        page(other.accounting(1), null, 100).then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(f.accounting(3)).queryParam("memberId", f.member(1)).get("/settlement/ledger/changes")
                .then().statusCode(404);
        given().auth().oauth2(other.coordinator()).queryParam("memberId", f.member(1)).get("/settlement/ledger/changes")
                .then().statusCode(404);
        given().auth().oauth2(f.coordinator()).queryParam("memberId", f.member(2)).get("/settlement/ledger/changes")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("items[0].line.side", equalTo("DEBIT"));
        for (String bad : List.of("abc", "1-", "-1-2", "99999999999999999999-1", "1-2; drop table ledger_change")) {
            page(f.accounting(1), bad, 10).then().statusCode(400).contentType(containsString("application/problem+json"))
                    .body("violations[0].field", equalTo("after"));
        }
        page(f.accounting(1), null, 0).then().statusCode(400);
        page(f.accounting(1), null, 1001).then().statusCode(400);
    }

    @Test
    void aTransactionThatCommitsLateIsNotSkipped() throws Exception {
        String start = awaitSettled(f.accounting(1));
        try (Connection slow = db.getConnection()) {
            slow.setAutoCommit(false);
            UUID slowEntry = UUID.randomUUID();
            insertEntry(slow, slowEntry);
            // a later transaction commits first ...
            ObjectNode fast = completion(1, 2, "WASTEWATER", "SEWER_FLUSHING", "2026-05-02T10:00:00Z");
            f.book(fast);
            // ... and the feed holds it back while the earlier one is open, instead of letting the cursor pass it
            for (int i = 0; i < 5; i++) {
                page(f.accounting(1), start, 100).then().statusCode(200).body("items.size()", equalTo(0));
            }
            slow.commit();
            List<JsonPath> changes = awaitChanges(f.accounting(1), start, 2);
            assertEquals(slowEntry.toString(), changes.get(0).getString("line.entryId"));
            assertEquals(fast.get("bookingId").asText(), changes.get(1).getString("line.bookingId"));
        }
    }

    @Test
    void racingCompletionsAndReversalsArePagedWithoutGapsOrRepeats() throws Exception {
        String start = awaitSettled(f.coordinator());
        List<ObjectNode> bookings = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            bookings.add(completion(1 + i % 3, 1 + (i + 1) % 3, "WASTEWATER", "SEWER_FLUSHING",
                    Instant.parse("2026-06-01T10:00:00Z").plus(Duration.ofHours(i)).toString()));
        }
        f.book(bookings.toArray(ObjectNode[]::new));
        List<String> entries = awaitChanges(f.coordinator(), start, bookings.size()).stream()
                .map(c -> c.getString("line.entryId")).toList();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        AtomicBoolean racing = new AtomicBoolean(true);
        List<String> seen = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            Future<?> poller = pool.submit(() -> {
                String cursor = start;
                while (racing.get() || !page(f.coordinator(), cursor, 3).jsonPath().getList("items").isEmpty()) {
                    JsonPath p = page(f.coordinator(), cursor, 3).then().statusCode(200).extract().jsonPath();
                    seen.addAll(p.getList("items.cursor"));
                    cursor = p.getString("nextCursor");
                }
                return null;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (String entry : entries) {
                writers.add(pool.submit(() -> {
                    go.await();
                    given().auth().oauth2(f.coordinator()).header("Idempotency-Key", UUID.randomUUID().toString())
                            .contentType("application/json").body(Map.of("reason", "Rennen"))
                            .post("/settlement/ledger/entries/" + entry + "/reversals").then().statusCode(201);
                    return null;
                }));
            }
            List<ObjectNode> more = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                more.add(completion(1 + i % 3, 1 + (i + 2) % 3, "WASTEWATER", "SEWER_FLUSHING",
                        Instant.parse("2026-07-01T10:00:00Z").plus(Duration.ofHours(i)).toString()));
            }
            go.countDown();
            f.book(more.toArray(ObjectNode[]::new));
            for (Future<?> w : writers) {
                w.get(60, TimeUnit.SECONDS);
            }
            List<String> expected = awaitChanges(f.coordinator(), start, entries.size() * 2 + more.size()).stream()
                    .map(c -> c.getString("cursor")).toList();
            racing.set(false);
            poller.get(60, TimeUnit.SECONDS);
            assertEquals(expected, seen, "the poller saw every change once, in the feed's order");
        } finally {
            pool.shutdownNow();
        }
    }

    private ObjectNode completion(int provider, int consumer, String sector, String category, String end) {
        boolean daily = category.equals("LEAK_DETECTOR");
        return f.completed(f.member(provider), f.member(consumer), sector, category, "MONETARY", daily ? "2" : "3",
                daily ? "DAY" : "HOUR", Instant.parse(end));
    }

    private void insertEntry(Connection c, UUID entry) throws Exception {
        for (String[] side : List.of(new String[] {"CREDIT", "1", "2"}, new String[] {"DEBIT", "2", "1"})) {
            try (PreparedStatement s = c.prepareStatement("""
                    insert into ledger_line (entry_id, region_id, year, entry_kind, settlement_mode, sector, category, unit, side,
                        member_id, counterparty_id, quantity, rate, amount, recorded_by)
                    values (?, ?, 2026, 'USAGE', 'MONETARY', 'WASTEWATER', 'SEWER_FLUSHING', 'HOUR', ?, ?, ?, 1, 145.00, 145.00, 'test')
                    """)) {
                s.setObject(1, entry);
                s.setObject(2, f.region);
                s.setString(3, side[0]);
                s.setObject(4, f.member(Integer.parseInt(side[1])));
                s.setObject(5, f.member(Integer.parseInt(side[2])));
                s.executeUpdate();
            }
        }
    }

    private static io.restassured.response.Response page(String token, String after, int limit) {
        var spec = given().auth().oauth2(token).queryParam("limit", limit);
        if (after != null) {
            spec = spec.queryParam("after", after);
        }
        return spec.get("/settlement/ledger/changes");
    }

    /** The cursor after everything the caller can see now. */
    private static String awaitSettled(String token) {
        String cursor = null;
        while (true) {
            JsonPath p = page(token, cursor, 1000).then().statusCode(200).extract().jsonPath();
            if (p.getList("items").isEmpty()) {
                return p.getString("nextCursor");
            }
            cursor = p.getString("nextCursor");
        }
    }

    /** Waits until {@code count} changes follow the cursor and returns them. */
    private static List<JsonPath> awaitChanges(String token, String after, int count) {
        List<JsonPath> changes = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonPath p = page(token, after, 1000).then().statusCode(200).extract().jsonPath();
            changes.clear();
            for (int i = 0; i < p.getList("items").size(); i++) {
                changes.add(new JsonPath(p.prettify()).setRootPath("items[" + i + "]"));
            }
            return changes.size() >= count;
        });
        assertEquals(count, changes.size());
        return changes;
    }

    private static List<String> kinds(List<JsonPath> changes) {
        return changes.stream().map(c -> c.getString("change")).toList();
    }
}
