package de.dienstleistungspool.e2e.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.e2e.stack.Api;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The shortage radar end to end: Sontra's search that finds no flushing vehicle near it and its request refused
 * because Wanfried booked the vehicle first (booking-service → demand-events → pool-service) show up in the
 * coordinator's Engpass-Radar in the portal, as a chart with its numbers as text and a table, on a phone too, and the
 * page passes axe-core; other roles are refused.
 */
@Order(2)
class PortalShortageRadarTest extends PortalTest {

    private static final int YEAR = LocalDate.now(BERLIN).getYear() + 1;
    private static final String HEADING = "Kanalspülung (Abwasser)";

    @Test
    void aSearchWithoutHitAndARefusedRequestAppearOnTheCoordinatorsRadar() {
        String offer = createFlushingOffer("eschwege-works-staff", "Spülfahrzeug Radar " + UUID.randomUUID().toString().substring(0, 6));
        Instant start = ZonedDateTime.of(YEAR, 10, 6, 7, 0, 0, 0, BERLIN).toInstant();
        Instant end = start.plus(Duration.ofHours(8));
        book(API.token("wanfried-dispatcher"), bookingBody(offer, start, end, "MONETARY"));
        Api.Reply refused = postIdempotent("booking", "/bookings", API.token("sontra-dispatcher"),
                bookingBody(offer, start, end, "MONETARY"), UUID.randomUUID().toString());
        assertEquals(409, refused.status(), refused.toString());
        Api.Reply search = API.get("pool", "/search?category=SEWER_FLUSHING&sector=WASTEWATER&radiusKm=2&from="
                + Api.enc(start.toString()) + "&to=" + Api.enc(end.toString()), API.token("sontra-dispatcher"));
        assertEquals(0, search.json().get("total").asInt(), search.toString());

        Browser c = browser("engpass-radar");
        c.signIn("coordinator@wmk.demo").follow("Koordination").follow("Engpass-Radar");
        c.choose("Jahr", String.valueOf(YEAR)).press("Anzeigen");
        assertEquals("Engpass-Radar " + YEAR, c.heading());
        List<String> october = await("the refusal on the radar", Duration.ofSeconds(60), () -> {
            c.open("/koordination/engpaesse?jahr=" + YEAR);
            List<String> row = october(c);
            return row != null && !"0".equals(row.get(1)) && !"0".equals(row.get(0)) ? row : null;
        });
        assertTrue(Integer.parseInt(october.get(0)) >= 1, "searches without hit: " + october);
        assertTrue(Integer.parseInt(october.get(1)) >= 1, "refused requests: " + october);
        WebElement chart = c.driver().findElement(By.xpath("//section[h2[normalize-space()='" + HEADING + "']]//*[local-name()='svg']"));
        assertEquals("img", chart.getAttribute("role"));
        assertTrue(chart.getText().contains("Okt"), "the chart names its months as text");
        c.check("engpass-radar");

        Browser p = browser("engpass-radar-360px", 360);
        p.signIn("coordinator@wmk.demo").open("/koordination/engpaesse?jahr=" + YEAR);
        assertEquals(0L, (Long) p.driver().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth"),
                "the radar does not scroll sideways at 360 px (only its tables do)");
        p.check("engpass-radar-telefon");

        Browser d = browser("engpass-radar-disponent");
        d.signIn("dispatcher@wanfried.demo").open("/koordination/engpaesse");
        assertEquals("Keine Berechtigung", d.heading());
        assertEquals(403, PortalHttp.get(STACK.portalUrl() + "/koordination/engpaesse", cookies(d)).statusCode());
        assertEquals(403, API.get("pool", "/regions/" + REGION + "/shortage-radar", API.token("wanfried-dispatcher")).status());
        assertTrue(API.get("pool", "/regions/" + REGION + "/shortage-radar?year=" + YEAR, API.token("wmk-coordinator"))
                .json().toString().contains("SEWER_FLUSHING"), "the API says the same");
    }

    /** The cells of October in the flushing table, or null while the table is not there yet. */
    private static List<String> october(Browser b) {
        List<WebElement> cells = b.driver().findElements(By.xpath("//section[h2[normalize-space()='" + HEADING
                + "']]//table//tr[th[normalize-space()='Oktober']]/td"));
        return cells.isEmpty() ? null : cells.stream().map(WebElement::getText).toList();
    }
}
