package de.dienstleistungspool.pool;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.pool.service.ShortageRadarRetention;
import de.dienstleistungspool.testinfra.DeadLetters;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shortage radar through HTTP and the real broker: a search without a free offer and a request booking-service
 * refused (a {@code BookingRequestRefused} shaped like its contract file) appear in the coordinator's next report
 * beside the utilisation of the offers of their kind, once each however often they arrive; demand unmet over several
 * months gives a plain German hint; the report comes as CSV too, old records expire, and a refusal naming another
 * county's offer counts for nothing.
 */
@QuarkusTest
class ShortageRadarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final int YEAR = LocalDate.now(BERLIN).getYear() + 1;
    private static final UUID REGION = UUID.randomUUID();
    private static final UUID PROVIDER = UUID.randomUUID();
    private static final UUID REQUESTER = UUID.randomUUID();
    private static final UUID COORDINATING = UUID.randomUUID();
    private static final String COORDINATOR = TestTokens.token(COORDINATING, REGION, Roles.COORDINATOR);
    private static final String DISPATCHER = TestTokens.token(REQUESTER, REGION, Roles.DISPATCHER);

    @Inject
    ShortageRadarRetention retention;

    private static UUID flushing;

    @BeforeEach
    void membersAndAFlushingVehicle() {
        if (flushing != null) {
            return;
        }
        TestData.produce("member-events", "memberId",
                TestData.memberEvent("MemberJoined", PROVIDER, REGION, "Kreisstadt Radar", 51.19, 10.05, Instant.now()),
                TestData.memberEvent("MemberJoined", REQUESTER, REGION, "Gemeinde Radar", 51.10, 10.15, Instant.now()),
                TestData.memberEvent("MemberJoined", COORDINATING, REGION, "Landkreis Radar", 51.2, 10.0, Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(DISPATCHER)
                .queryParam("from", at(3, 1, 6).toString()).queryParam("to", at(3, 1, 8).toString())
                .get("/search").statusCode() == 200);
        flushing = TestData.createOffer(TestTokens.token(PROVIDER, REGION, Roles.WORKS_STAFF),
                TestData.equipment("Spülfahrzeug Radar", 51.19, 10.05).put("category", "SEWER_FLUSHING"));
    }

    @Test
    void aSearchWithoutHitAndARefusedRequestAppearInTheNextReport() {
        Instant start = at(3, 10, 7);
        Instant end = start.plus(Duration.ofHours(8));
        booked(start, end);
        await().atMost(Duration.ofSeconds(30)).until(() -> search("SEWER_FLUSHING", start, end).getInt("total") == 0);
        ObjectNode refused = demandEvent("BookingRequestRefused", flushing, REGION, start, end);

        TestData.produce("demand-events", "offerId", refused, refused); // a redelivery counts once
        search("SEWER_FLUSHING", start, end); // so does the same search again

        String month = YEAR + "-03";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(1, row(report(), "SEWER_FLUSHING", month)
                .get("refusals")));
        Map<String, Object> row = row(report(), "SEWER_FLUSHING", month);
        assertEquals(1, row.get("searchesWithoutHit"));
        assertEquals(0, row.get("waitlistEntries"));
        assertEquals(2, row.get("unmetDemand"));
        assertEquals(1, row.get("members"));
        assertEquals("Kanalspülung", row.get("categoryName"));
        float distance = ((Number) row.get("meanDistanceKm")).floatValue();
        assertTrue(distance > 11 && distance < 13.5, "from the requester's depot to the vehicle: " + distance);
        assertEquals(8.0f, ((Number) row.get("bookedHours")).floatValue(), "utilisation beside it: " + row);
        assertTrue(((Number) row.get("utilisation")).floatValue() > 0, row.toString());
        assertEquals(0, row(report(), "SEWER_FLUSHING", YEAR + "-04").get("unmetDemand"), "every month is listed");
    }

    @Test
    void demandUnmetOverSeveralMonthsGivesAPlainGermanHint() {
        for (int month = 4; month <= 6; month++) { // nobody in the region offers a TV inspection
            for (int day = 1; day <= 3; day++) {
                assertEquals(0, search("SEWER_TV_INSPECTION", at(month, day, 7), at(month, day, 15)).getInt("total"));
            }
        }
        search("SEWER_TV_INSPECTION", at(7, 1, 7), at(7, 1, 15)); // one in July: not short
        ZonedDateTime august = ZonedDateTime.of(YEAR, 8, 1, 0, 0, 0, 0, BERLIN);
        booked(august.toInstant(), august.plusMonths(2).toInstant()); // the vehicle is taken all August and September
        await().atMost(Duration.ofSeconds(30)).until(() ->
                search("SEWER_FLUSHING", at(8, 1, 7), at(8, 1, 15)).getInt("total") == 0);
        for (int month = 8; month <= 9; month++) {
            for (int day = 2; day <= 4; day++) {
                search("SEWER_FLUSHING", at(month, day, 7), at(month, day, 15));
            }
        }

        JsonPath report = report();
        assertEquals("Im April bis Juni " + YEAR + " fanden 9 Suchen nach Kanal-TV-Inspektion (Abwasser) keinen freien "
                + "Termin. Im Pool gibt es dafür kein buchbares Angebot – ein Angebot eines Mitglieds, eine Anschaffung "
                + "oder eine Kooperation mit dem Nachbarkreis prüfen.", hint(report, "SEWER_TV_INSPECTION").get("text"));
        assertEquals(YEAR + "-06", hint(report, "SEWER_TV_INSPECTION").get("toMonth"));
        assertEquals("Im August bis September " + YEAR + " fanden 7 Suchen nach Kanalspülung (Abwasser) keinen freien "
                + "Termin. Die vorhandenen Angebote waren zu 100 % ausgelastet – eine weitere Maschine oder eine "
                + "Kooperation prüfen.", hint(report, "SEWER_FLUSHING").get("text"));

        String csv = given().auth().oauth2(COORDINATOR).queryParam("year", YEAR).queryParam("format", "csv")
                .get("/regions/" + REGION + "/shortage-radar").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .body(startsWith("category,category_name,sector,month,searches_without_hit,refusals,waitlist_entries,"
                        + "unmet_demand,members,mean_distance_km,bookable_hours,booked_hours,utilisation,hint\r\n"))
                .extract().asString();
        assertTrue(csv.contains("\r\nSEWER_TV_INSPECTION,Kanal-TV-Inspektion,WASTEWATER," + YEAR + "-06,3,0,0,3,1,"), csv);
        assertTrue(csv.contains(",\"Im April bis Juni " + YEAR + " fanden 9 Suchen"), csv);
    }

    @Test
    void onlyTheRegionsCoordinatorReadsTheReport() {
        given().auth().oauth2(DISPATCHER).get("/regions/" + REGION + "/shortage-radar").then().statusCode(403);
        given().auth().oauth2(TestTokens.token(UUID.randomUUID(), UUID.randomUUID(), Roles.COORDINATOR))
                .get("/regions/" + REGION + "/shortage-radar").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        given().auth().oauth2(COORDINATOR).queryParam("year", 1999).get("/regions/" + REGION + "/shortage-radar")
                .then().statusCode(400);
    }

    @Test
    void recordsOlderThanTheRetentionAreDeleted() {
        int old = YEAR - 6;
        ZonedDateTime march = ZonedDateTime.of(old, 3, 2, 7, 0, 0, 0, BERLIN);
        search("SLUDGE_SUCTION", march.toInstant(), march.plusHours(8).toInstant());
        assertEquals(1, row(report(old), "SLUDGE_SUCTION", old + "-03").get("searchesWithoutHit"));

        assertTrue(retention.deleteExpired(LocalDate.now(BERLIN)) >= 1);

        assertTrue(report(old).getList("rows").isEmpty(), "the months beyond the retention are gone");
    }

    @Test
    void aRefusalNamingAnotherCountysOfferCountsForNothing() {
        Instant start = at(11, 3, 7);
        ObjectNode forged = demandEvent("BookingRequestRefused", flushing, UUID.randomUUID(), start, start.plusSeconds(3600));
        ObjectNode good = demandEvent("WaitlistJoined", flushing, REGION, start, start.plusSeconds(3600));

        DeadLetters.send("demand-events", flushing.toString(), forged.toString(), good.toString());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals(1, row(report(), "SEWER_FLUSHING", YEAR + "-11").get("waitlistEntries")));
        var dead = DeadLetters.keyed("pool-service.demand-events.dlq", flushing.toString(), 1);
        assertTrue(DeadLetters.reason(dead.get(0)).contains("another region or provider"), DeadLetters.reason(dead.get(0)));
        assertEquals(0, row(report(), "SEWER_FLUSHING", YEAR + "-11").get("refusals"));
    }

    /** The instant of the given local hour on a day of {@link #YEAR}. */
    private static Instant at(int month, int day, int hour) {
        return ZonedDateTime.of(YEAR, month, day, hour, 0, 0, 0, BERLIN).toInstant();
    }

    private void booked(Instant start, Instant end) {
        TestData.produce("booking-events", "offerId", TestData.bookingEvent("BookingConfirmed", "CONFIRMED",
                UUID.randomUUID(), flushing, PROVIDER, REQUESTER, start, end, Instant.now()).put("regionId", REGION.toString()));
    }

    private static JsonPath search(String category, Instant from, Instant to) {
        return given().auth().oauth2(DISPATCHER).queryParam("from", from.toString()).queryParam("to", to.toString())
                .queryParam("category", category).queryParam("sector", "WASTEWATER").get("/search").then().statusCode(200)
                .extract().jsonPath();
    }

    private static JsonPath report() {
        return report(YEAR);
    }

    private static JsonPath report(int year) {
        return given().auth().oauth2(COORDINATOR).queryParam("year", year).get("/regions/" + REGION + "/shortage-radar")
                .then().statusCode(200).body("regionId", equalTo(REGION.toString())).extract().jsonPath();
    }

    private static Map<String, Object> row(JsonPath report, String category, String month) {
        Map<String, Object> row = report.getMap("rows.find { it.category == '" + category
                + "' && it.sector == 'WASTEWATER' && it.month == '" + month + "' }");
        assertTrue(row != null, category + " " + month + " in " + report.prettify());
        return row;
    }

    private static Map<String, Object> hint(JsonPath report, String category) {
        List<Map<String, Object>> hints = report.getList("hints.findAll { it.category == '" + category + "' }");
        assertEquals(1, hints.size(), report.prettify());
        return hints.get(0);
    }

    /** A demand event as booking-service's contract file shows it, for the requester and the given offer and region. */
    private ObjectNode demandEvent(String type, UUID offer, UUID region, Instant start, Instant end) {
        Path file = Path.of("..", "booking-service", "src", "test", "resources", "contracts", "demand-events", type + ".json");
        try {
            ObjectNode e = (ObjectNode) TestData.JSON.readTree(Files.readString(file));
            return e.put("eventId", UUID.randomUUID().toString()).put("occurredAt", Instant.now().toString())
                    .put("offerId", offer.toString()).put("regionId", region.toString())
                    .put("providerMemberId", PROVIDER.toString()).put("consumerMemberId", REQUESTER.toString())
                    .put("category", "SEWER_FLUSHING").put("sector", "WASTEWATER")
                    .put("start", start.toString()).put("end", end.toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
