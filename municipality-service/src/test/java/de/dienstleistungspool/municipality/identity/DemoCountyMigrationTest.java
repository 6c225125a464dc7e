package de.dienstleistungspool.municipality.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.dienstleistungspool.municipality.domain.LeitwegId;
import de.dienstleistungspool.municipality.service.SecretHasher;
import de.dienstleistungspool.testinfra.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The demo county migration, applied to a database of its own once the schema and the two regions exist (as the stack
 * applies it after creating the regions through the API) and then run once more: it is idempotent, its credentials verify with
 * {@code demo-secret}, its Leitweg-IDs are valid and its outbox events have the contract shape.
 */
class DemoCountyMigrationTest {

    private static final String REGION = "00000000-0000-4000-a000-000000000001";

    @Test
    void demoCountyLoadsIdempotentlyWithWorkingCredentialsAndContractShapedEvents() throws Exception {
        String url = TestInfrastructure.database("municipality_demo_" + System.nanoTime());
        Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/platform", "classpath:db/outbox", "classpath:db/migration")
                .load().migrate();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            Flyway demo = Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/demo")
                    .table("flyway_demo_history").baselineOnMigrate(true).baselineVersion("0").load();
            org.junit.jupiter.api.Assertions.assertThrows(org.flywaydb.core.api.FlywayException.class, demo::migrate,
                    "without the regions the demo data refuses to load");
            // what the stack launcher's PUT /regions/{id} leaves behind (the e2e DemoRegionsThroughTheApiTest proves that path)
            s.execute("""
                    insert into region (id, name, coordinator_name, coordinator_email) values
                        ('00000000-0000-4000-a000-000000000001', 'Werra-Meißner-Kreis', 'Koordinationsstelle Dienstleistungspool', 'pool@werra-meissner-kreis.example'),
                        ('00000000-0000-4000-a000-000000000002', 'Landkreis Kassel', 'Koordinationsstelle Landkreis Kassel', 'pool@landkreis-kassel.example');
                    insert into app_user (id, region_id, name, email, roles, password_hash, active, created_at) values
                        (gen_random_uuid(), '00000000-0000-4000-a000-000000000001', 'Koordination', 'koordination@wmk.demo', '{coordinator}', 'initial', true, now()),
                        (gen_random_uuid(), '00000000-0000-4000-a000-000000000002', 'Koordination', 'koordination@landkreis-kassel.demo', '{coordinator}', 'initial', true, now());
                    """);
            s.execute("delete from flyway_demo_history where not success");
            demo.migrate();
            List<Long> before = counts(s);
            int thisYear = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).getYear();
            long rateYears = thisYear + 1 - 2025 + 1;
            assertEquals(List.of(2L, 19L, 19L, 79L, 77L, 19L + 77L + rateYears), before.subList(0, 6), "one RatesPublished per year");
            s.execute(Files.readString(Path.of("src/main/resources/db/demo/R__demo_county.sql"), StandardCharsets.UTF_8));
            assertEquals(before, counts(s), "a second run changes nothing");

            assertEquals("145.00", one(s, "select amount::text from rate where region_id = '" + REGION
                    + "' and year = 2026 and sector = 'WASTEWATER' and category = 'SEWER_FLUSHING' and unit = 'HOUR'"));
            for (int year : List.of(thisYear, thisYear + 1)) {
                assertEquals("16", one(s, "select count(*) from rate where region_id = '" + REGION + "' and year = " + year),
                        "the demo county publishes rates for the current and the next year");
                assertEquals("1", one(s, "select count(*) from settlement_terms where region_id = '" + REGION + "' and year = " + year));
            }
            assertEquals("149.00", one(s, "select amount::text from rate where region_id = '" + REGION
                    + "' and year = 2027 and sector = 'WASTEWATER' and category = 'SEWER_FLUSHING'"),
                    "later years: 2026's rates raised by 3 % a year (145.00 x 1.03, whole euros)");
            assertEquals("51.188000/10.052800", one(s, "select latitude || '/' || longitude from depot where id = '00000000-0000-4000-d000-000000000001'"));
            for (String hash : column(s, "select secret_hash from api_client union all select password_hash from app_user")) {
                assertTrue(SecretHasher.matches("demo-secret", hash), "demo hash verifies");
            }
            assertEquals("coordinator", one(s, "select array_to_string(roles, ',') from api_client where client_id = 'wmk-coordinator'"));
            assertEquals("00000000-0000-4000-b000-000000000001", one(s, "select member_id::text from api_client where client_id = 'eschwege-dispatcher'"));
            for (String leitwegId : column(s, "select leitweg_id from member")) {
                assertTrue(LeitwegId.problemWith(leitwegId).isEmpty(), leitwegId);
            }
            ObjectMapper json = new ObjectMapper();
            for (String type : List.of("MemberJoined", "UserChanged", "RatesPublished")) {
                JsonNode example = json.readTree(Files.readString(Path.of("src/test/resources/contracts/" + type + ".json")));
                for (String payload : column(s, "select payload::text from outbox_event where event_type = '" + type + "'")) {
                    MemberEventsContractTest.assertSameShape(example, json.readTree(payload), "demo " + type);
                }
            }
        }
    }

    private static List<Long> counts(Statement s) throws Exception {
        List<Long> counts = new ArrayList<>();
        for (String table : List.of("region", "member", "depot", "app_user", "api_client",
                "outbox_event where topic = 'member-events'", "rate", "settlement_terms")) {
            counts.add(Long.parseLong(one(s, "select count(*) from " + table)));
        }
        return counts;
    }

    private static String one(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static List<String> column(Statement s, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }
}
