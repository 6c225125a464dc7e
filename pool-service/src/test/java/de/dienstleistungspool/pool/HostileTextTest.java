package de.dienstleistungspool.pool;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Member text is checked where it enters and encoded where it leaves: a title with a line break is refused with the
 * field named (it would reach mail subjects and iCal lines), and titles a spreadsheet would run come out as text.
 */
@QuarkusTest
class HostileTextTest {

    @Inject
    EntityManager em;

    @Test
    void aTitleOrDepotNameWithALineFeedIsRefusedWithTheFieldNamedAndNothingIsStored() {
        UUID region = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        String staff = TestTokens.token(owner, region, "works-staff");
        ObjectNode body = TestData.equipment("Kamera\r\nBcc: attacker@evil.example", 51.2, 10.0);
        given().auth().oauth2(staff).contentType("application/json").body(body.toString())
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/offers").then().statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("violations.field", org.hamcrest.Matchers.hasItem("title"))
                .body("detail", containsString("title"));
        ObjectNode tab = TestData.equipment("Kamera", 51.2, 10.0);
        tab.with("depot").put("name", "Bauhof\u0007Klingel");
        given().auth().oauth2(staff).contentType("application/json").body(tab.toString())
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/offers").then().statusCode(422)
                .body("violations[0].field", equalTo("depot.name"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from offer where owner_member_id = ?1").setParameter(1, owner).getSingleResult()).longValue()));
    }

    @Test
    void titlesThatWouldRunAsFormulasComeOutAsTextInTheUtilisationCsv() {
        UUID region = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        String staff = TestTokens.token(owner, region, "works-staff");
        String accounting = TestTokens.token(UUID.randomUUID(), region, "accounting");
        TestData.createOffer(staff, TestData.equipment("=HYPERLINK(\"http://evil.example\",\"Details\")", 51.2, 10.0));
        TestData.createOffer(staff, TestData.equipment("-1+1", 51.2, 10.0));
        int year = YearMonth.now(ZoneId.of("Europe/Berlin")).getYear();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(accounting).queryParam("year", year)
                .queryParam("groupBy", "offer").get("/utilisation").then().statusCode(200).body("rows.label", org.hamcrest.Matchers.hasItem("-1+1")));
        String csv = given().auth().oauth2(accounting).accept("text/csv").queryParam("year", year).queryParam("groupBy", "offer")
                .get("/utilisation").then().statusCode(200).extract().asString();
        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Details\"\")\","), csv);
        assertTrue(csv.contains(",'-1+1,"), csv);
        assertTrue(csv.lines().skip(1).noneMatch(l -> l.matches(".*,[=+@-][^0-9].*")), csv);
    }

}
