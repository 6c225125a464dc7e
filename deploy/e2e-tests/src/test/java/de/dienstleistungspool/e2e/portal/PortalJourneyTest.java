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
 * and the completion with the hours used; Eschwege's accounting finds the job in the ledger and downloads the
 * statement PDF, and the coordinator publishes the year's rates and runs the year-end close dry run. Every step
 * asserts what the page shows, saves a screenshot and passes axe-core.
 */
@Order(2)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalJourneyTest extends PortalTest {

    static final LocalDate DAY = nextMorning();
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

    @Test
    @Order(4)
    void eschwegesAccountingFindsTheJobInTheLedgerAndDownloadsTheStatementPdf() throws Exception {
        assertTrue(bookingPath != null, "journey 1 booked");
        String year = String.valueOf(DAY.getYear());
        Browser a = browser("journey3-kaemmerei-eschwege");
        a.signIn("accounting@eschwege.demo");
        assertTrue(a.hasLink("Abrechnung") && !a.hasLink("Koordination") && !a.hasLink("Suchen und buchen")
                && !a.hasLink("Angebote"), "accounting's navigation");
        a.follow("Abrechnung");
        a.choose("Jahr", year).press("Anzeigen");
        assertEquals("Abrechnung " + year, a.heading());
        // the ledger line follows BookingCompleted through Kafka
        await("the completed job in the ledger", Duration.ofSeconds(60), () -> {
            a.open("/abrechnung?jahr=" + year);
            return a.mainText().contains(offerTitle);
        });
        // the line: the offer, Wanfried as counterparty, provided by Eschwege, the 7.5 hours recorded in journey 2
        assertTrue(a.rows().stream().anyMatch(r -> r.size() > 4 && r.get(0).equals(offerTitle)
                && r.get(2).equals("Stadt Wanfried") && r.get(3).equals("geleistet") && r.get(4).equals("7,5 Stunden")),
                "the job's ledger line: " + a.rows());
        Api.Reply balances = API.get("municipality", "/settlement/balances?year=" + year + "&memberId=" + ESCHWEGE,
                API.token("eschwege-accounting"));
        java.math.BigDecimal hours = java.util.stream.StreamSupport.stream(balances.json().get("pairs").spliterator(), false)
                .filter(p -> WANFRIED.equals(p.get("counterpartyId").asText()) && "WASTEWATER".equals(p.get("sector").asText())
                        && "MONETARY".equals(p.get("settlementMode").asText()))
                .map(p -> p.get("netHours").decimalValue()).findFirst().orElseThrow(() -> new AssertionError(balances.toString()));
        List<String> balance = a.rows().stream().filter(r -> r.size() == 7 && r.get(0).equals("Stadt Wanfried")
                && r.get(1).equals("Abwasserbeseitigung") && r.get(2).equals("in Geld")).findFirst()
                .orElseThrow(() -> new AssertionError("a balance with Wanfried: " + a.rows()));
        assertEquals(de(hours), balance.get(3), "the balance's hours as the service computes them: " + balance);
        assertEquals("Sie haben mehr geleistet", balance.get(6), balance.toString());
        a.check("abrechnung");

        String pdfLink = "Abrechnung " + year + " Abwasserbeseitigung als PDF";
        java.net.http.HttpResponse<byte[]> pdf = PortalHttp.download(a.href(pdfLink), cookies(a));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename="),
                pdf.headers().toString());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Kreisstadt Eschwege") && text.contains("Stadt Wanfried") && text.contains(year),
                    "the statement names the member, the counterparty and the year: " + text);
        }
    }

    @Test
    @Order(5)
    void theCoordinatorPublishesTheYearsRatesAndRunsTheYearEndCloseDryRun() {
        String year = String.valueOf(DAY.getYear());
        String coordinator = API.token("wmk-coordinator");
        Browser c = browser("journey3-koordination");
        c.signIn("coordinator@wmk.demo");
        assertTrue(c.hasLink("Koordination") && !c.hasLink("Abrechnung") && !c.hasLink("Suchen und buchen"),
                "the coordinator's navigation");
        c.follow("Koordination");
        assertEquals("Koordination", c.heading());
        c.check("koordination");

        c.follow("Verrechnungssätze");
        c.choose("Jahr", year).press("Anzeigen");
        assertEquals("Verrechnungssätze " + year, c.heading());
        c.check("saetze");
        c.press("Sätze " + year + " veröffentlichen");
        c.sees("Die Sätze für " + year + " sind veröffentlicht.").check("saetze-veroeffentlicht");
        Api.Reply card = API.get("municipality", "/regions/" + REGION + "/rates/" + year, coordinator);
        assertTrue(card.json().get("rates").size() > 0, "the year has rates now: " + card);

        c.follow("Jahresabschluss");
        c.choose("Jahr", year).press("Anzeigen");
        assertEquals("Jahresabschluss " + year, c.heading());
        c.check("jahresabschluss");
        c.pressInPlace("Probelauf für " + year + " starten", "abschluss");
        c.sees("Ergebnis des Probelaufs " + year).sees("Probelauf: Es wurde nichts gespeichert und nichts festgeschrieben.");
        Api.Reply preview = API.post("municipality", "/settlement/years/" + year + "/close-preview", coordinator, null);
        assertEquals(200, preview.status(), preview.toString());
        assertEquals(preview.json().get("lineCount").asText(), figure(c, "Buchungsposten (gegenseitige Hilfe)"),
                "the dry run's line count as the service computes it");
        assertEquals(String.valueOf(preview.json().get("pairs").size()), figure(c, "Mitgliederpaare"));
        c.check("probelauf");
        assertEquals(404, API.get("municipality", "/settlement/years/" + year + "/close", coordinator).status(),
                "a dry run closes nothing");
    }

    /** The figure beside a label in the page's list of figures. */
    private static String figure(Browser b, String label) {
        return b.driver().findElements(org.openqa.selenium.By.cssSelector("ul.figures li")).stream()
                .filter(li -> li.getText().startsWith(label))
                .map(li -> li.findElement(org.openqa.selenium.By.cssSelector(".figure")).getText()).findFirst()
                .orElseThrow(() -> new AssertionError("no figure '" + label + "':\n" + b.mainText()));
    }

    /** A quantity as the portal writes it (German decimal comma, no trailing zeros). */
    private static String de(java.math.BigDecimal value) {
        java.math.BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString().replace('.', ',');
    }

    private static String jobStart() {
        return java.time.format.DateTimeFormatter.ofPattern("EE d.M.yyyy", java.util.Locale.GERMANY).format(DAY) + ", 07:00";
    }

    private static String dayHeading() {
        return java.time.format.DateTimeFormatter.ofPattern("EE d.M.", java.util.Locale.GERMANY).format(DAY);
    }
}
