package de.dienstleistungspool.e2e.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.e2e.stack.Api;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The people's journeys through the portal's pages alone, in a real browser: a dispatcher of Wanfried finds and
 * books the nearest sewer flushing; Eschwege's works staff confirm it, see it on the county board, record the start
 * and the completion with the hours used. Every step asserts what the page shows, saves a screenshot and passes
 * axe-core.
 */
@Order(2)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalJourneyTest extends PortalTest {

    static final LocalDate DAY = quietDay(5);
    static final String FROM = DAY + "T07:00";
    static final String TO = DAY + "T15:00";
    static String offerTitle;
    static String bookingPath;

    @Test
    @Order(1)
    void dispatcherOfWanfriedFindsAndBooksTheNearestSewerFlushing() {
        Browser d = browser("journey1-dispatcher-wanfried");
        d.open("/verfuegbarkeit");
        assertTrue(d.path().startsWith("/anmelden"), "pages need a sign-in: " + d.path());
        d.check("anmelden");
        d.signIn("dispatcher@wanfried.demo");
        assertEquals("Guten Tag", d.heading());
        d.sees("Sie handeln für Stadt Wanfried im Werra-Meißner-Kreis.").check("start");
        assertTrue(d.hasLink("Suchen und buchen") && d.hasLink("Meine Buchungen") && !d.hasLink("Anfragen und Einsätze"),
                "a dispatcher's navigation");

        d.follow("Suchen und buchen");
        assertEquals("Suchen und buchen", d.heading());
        d.choose("Kategorie", "Kanalspülung").setValue("Von", FROM).setValue("Bis", TO).press("Freie Angebote suchen");
        d.sees("freie Angebote, die nächsten zuerst").check("suchergebnis");
        List<String> distances = d.driver().findElements(org.openqa.selenium.By.cssSelector("article.hit .meta strong"))
                .stream().map(e -> e.getText().replace(" km", "").replace(".", "").replace(',', '.')).toList();
        assertTrue(distances.size() >= 2, "several flushing services are free: " + distances);
        for (int i = 1; i < distances.size(); i++) {
            assertTrue(Double.parseDouble(distances.get(i - 1)) <= Double.parseDouble(distances.get(i)), "nearest first: " + distances);
        }
        offerTitle = d.driver().findElement(org.openqa.selenium.By.cssSelector("article.hit h3")).getText();

        d.fill("Einsatzort (Straße, Ort)", "Wanfried, Marktstraße 1").fill("Umfang in Stunden", "8").press("Buchen");
        assertEquals("Buchung: " + offerTitle, d.heading());
        d.sees("Ihre Anfrage ist gesendet").sees("angefragt").sees("Wanfried, Marktstraße 1").sees("8 Stunden")
                .check("gebucht");
        bookingPath = d.path().replaceAll("\\?.*", "");

        d.follow("Meine Buchungen");
        d.sees(offerTitle).check("meine-buchungen");
    }

    @Test
    @Order(2)
    void eschwegesWorksStaffConfirmsSeesItOnTheBoardAndRecordsStartAndCompletion() {
        assertTrue(bookingPath != null, "journey 1 booked");
        Browser w = browser("journey2-bauhof-eschwege");
        w.signIn("works-staff@eschwege.demo");
        assertTrue(w.hasLink("Anfragen und Einsätze") && !w.hasLink("Suchen und buchen"), "works staff's navigation");
        w.follow("Anfragen und Einsätze");
        String when = w.driver().findElements(org.openqa.selenium.By.cssSelector("li.job")).stream()
                .filter(j -> j.getText().contains(offerTitle) && j.getText().contains("07:00") && j.getText().contains(
                        DAY.getDayOfMonth() + "." + DAY.getMonthValue() + "." + DAY.getYear()))
                .findFirst().orElseThrow(() -> new AssertionError("the request is listed:\n" + w.mainText())).getText();
        assertTrue(when.contains("Wanfried, Marktstraße 1"), when);
        w.check("anfragen");
        String job = offerTitle + ", " + jobStart();
        w.press("Bestätigen: " + job);
        w.sees("Die Anfrage ist bestätigt.").check("bestaetigt");

        // the board shows the day taken (07:00 to 15:00 and the hour of buffer: partly free)
        w.open("/verfuegbarkeit?ab=" + DAY + "&kategorie=SEWER_FLUSHING");
        int column = w.columns().indexOf(dayHeading()) - 1;
        assertTrue(column >= 0, "the day is a column: " + w.columns());
        await("the booking on the board", Duration.ofSeconds(30), () -> {
            w.open("/verfuegbarkeit?ab=" + DAY + "&kategorie=SEWER_FLUSHING");
            return w.row(offerTitle).get(column).contains("teils frei");
        });
        assertEquals("✓ frei", w.row(offerTitle).get(column + 1), "the next day is free");
        w.check("verfuegbarkeit");

        w.open("/einsaetze");
        w.press("Ausgabe / Beginn erfassen: " + job);
        w.sees("Ausgabe bzw. Beginn ist erfasst.").check("begonnen");
        org.openqa.selenium.WebElement running = w.driver().findElements(org.openqa.selenium.By.cssSelector("li.job")).stream()
                .filter(j -> j.getText().contains(offerTitle) && j.getText().contains(jobStart().replace(", 07:00", "")))
                .filter(j -> !j.findElements(org.openqa.selenium.By.name("menge")).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("the running job is listed:\n" + w.mainText()));
        org.openqa.selenium.WebElement usage = running.findElement(org.openqa.selenium.By.name("menge"));
        assertEquals("Tatsächliche Nutzung in Stunden", Browser.accessibleName(usage));
        usage.sendKeys("7.5");
        org.openqa.selenium.WebElement page = w.driver().findElement(org.openqa.selenium.By.tagName("html"));
        running.findElement(org.openqa.selenium.By.tagName("button")).click();
        w.awaitNewPage(page);
        w.sees("Rückgabe bzw. Abschluss mit Nutzung ist erfasst.").check("abgeschlossen");

        w.open(bookingPath);
        w.sees("abgeschlossen").sees("Tatsächliche Nutzung").sees("7,5 Stunden").sees("bestätigt → im Einsatz")
                .check("buchung-abgeschlossen");
        Api.Reply booking = API.get("booking", bookingPath.replace("/buchungen", "/bookings"), API.token("eschwege-works-staff"));
        assertEquals("COMPLETED", booking.json().get("status").asText(), booking.toString());
        assertEquals(0, booking.json().get("usage").get("quantity").decimalValue().compareTo(new java.math.BigDecimal("7.5")));
    }

    @Test
    @Order(3)
    void theBoardReadsOnAPhone() {
        Browser p = browser("board-360px", 360);
        p.signIn("works-staff@eschwege.demo").open("/verfuegbarkeit?ab=" + DAY);
        assertEquals("Verfügbarkeit im Kreis", p.heading());
        assertTrue(p.columns().contains(dayHeading()), p.columns().toString());
        Long overflow = (Long) p.driver().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0L, overflow, "the page itself does not scroll sideways at 360 px (only the table region does)");
        p.check("verfuegbarkeit-telefon");
    }

    private static String jobStart() {
        return java.time.format.DateTimeFormatter.ofPattern("EE d.M.yyyy", java.util.Locale.GERMANY).format(DAY) + ", 07:00";
    }

    private static String dayHeading() {
        return java.time.format.DateTimeFormatter.ofPattern("EE d.M.", java.util.Locale.GERMANY).format(DAY);
    }
}
