package de.dienstleistungspool.municipality.identity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A rate change racing a year-end close: while the close is uncommitted the change waits at the database, and once
 * the close commits the change is refused with 409, so no rate of a closed year can slip in.
 */
@QuarkusTest
class RatesCloseRaceTest {

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRateChangeWaitsForAConcurrentCloseAndIsThenRefused() throws Exception {
        TestCounty county = new TestCounty(em);
        String path = "/regions/" + county.region1 + "/rates/2029";
        Map<String, Object> card = Map.of("rates", List.of(Map.of("sector", "WATER_SUPPLY", "category", "LEAK_DETECTOR", "unit", "DAY", "amount", 45)));
        given().auth().oauth2(county.coordinator()).contentType(ContentType.JSON).body(card).put(path).then().statusCode(200);

        try (Connection close = dataSource.getConnection()) {
            close.setAutoCommit(false);
            try (PreparedStatement s = close.prepareStatement("insert into financial_year_close (region_id, year, closed_by) values (?, 2029, 'race')")) {
                s.setObject(1, county.region1);
                s.executeUpdate();
            }
            Map<String, Object> changed = Map.of("rates", List.of(Map.of("sector", "WATER_SUPPLY", "category", "LEAK_DETECTOR", "unit", "DAY", "amount", 50)));
            CompletableFuture<Integer> change = CompletableFuture.supplyAsync(() -> given().auth().oauth2(county.coordinator())
                    .contentType(ContentType.JSON).body(changed).put(path).statusCode());
            Thread.sleep(1500);
            assertFalse(change.isDone(), "the change waits for the uncommitted close");
            close.commit();
            assertEquals(409, change.get(30, TimeUnit.SECONDS));
        }
        given().auth().oauth2(county.coordinator()).get(path).then().statusCode(200)
                .body("closed", org.hamcrest.Matchers.equalTo(true)).body("rates[0].amount", org.hamcrest.Matchers.equalTo(45.0f));
    }
}
