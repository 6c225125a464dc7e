package de.dienstleistungspool.e2e.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.dienstleistungspool.e2e.stack.Api;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * XRechnung through the portal: Eschwege's accounting enters the member's Rechnungsangaben and downloads the invoice
 * of a monetary job it provided; the buyer's accounting is offered no such invoice.
 */
@Order(2)
class PortalInvoiceTest extends PortalTest {

    static final String ESCHWEGE_CAMERA = "00000000-0000-4000-c000-000000000003";

    @Test
    void accountingDownloadsTheXRechnungOfAJobItProvided() {
        LocalDate day = nextMorning();
        String year = String.valueOf(day.getYear());
        ensureRates(year);
        String booking = book(API.token("wanfried-dispatcher"), Map.of("offerId", ESCHWEGE_CAMERA,
                "start", day.atTime(7, 0).atZone(BERLIN).toInstant().toString(),
                "end", day.atTime(11, 0).atZone(BERLIN).toInstant().toString(),
                "settlementMode", "MONETARY", "sector", "WASTEWATER")).get("id").asText();
        String works = API.token("eschwege-works-staff");
        assertEquals(200, transition(booking, "confirm", works, Map.of()).status());
        assertEquals(200, transition(booking, "start", works, Map.of()).status());
        Api.Reply done = transition(booking, "complete", works, Map.of("usage", Map.of("quantity", 1, "unit", "DAY")));
        assertEquals(200, done.status(), done.toString());

        Browser a = browser("xrechnung-kaemmerei-eschwege");
        a.signIn("accounting@eschwege.demo").follow("Abrechnung");
        a.choose("Jahr", year).press("Anzeigen");
        // the invoice needs Eschwege's tax number and bank account: accounting enters them (a wrong IBAN is refused)
        a.follow("Rechnungsangaben (Steuernummer, Bankverbindung)");
        assertEquals("Rechnungsangaben", a.heading());
        a.fill("Steuernummer", "025 123 45678").fill("IBAN", "DE12").fill("BIC", "COBADEFFXXX").press("Rechnungsangaben speichern");
        String refusal = a.driver().findElement(By.cssSelector("[role=alert]")).getText();
        assertTrue(refusal.contains("IBAN"), "the refusal names the field: " + refusal);
        a.check("rechnungsangaben-abgelehnt");
        a.fill("IBAN", "DE89 3704 0044 0532 0130 00").press("Rechnungsangaben speichern");
        a.sees("Die Rechnungsangaben sind gespeichert.").check("rechnungsangaben");
        JsonNode billing = API.get("municipality", "/settlement/billing-details/" + ESCHWEGE, API.token("eschwege-accounting")).json();
        assertEquals("DE89370400440532013000", billing.get("iban").asText(), billing.toString());
        String invoice = "/abrechnung/rechnungen/buchungen/" + booking;
        org.openqa.selenium.WebElement link = await("the job's ledger line with its invoice", java.time.Duration.ofSeconds(60), () -> {
            a.open("/abrechnung?jahr=" + year + "&sparte=WASTEWATER&art=MONETARY");
            return a.driver().findElements(By.cssSelector("a[href='" + invoice + "']")).stream().findFirst().orElse(null);
        });
        assertTrue(Browser.accessibleName(link).startsWith("XRechnung: Kanal-TV-Kamera"), Browser.accessibleName(link));
        a.check("xrechnung");
        HttpResponse<byte[]> xml = PortalHttp.download(link.getAttribute("href"), cookies(a));
        assertEquals(200, xml.statusCode());
        assertTrue(xml.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"), xml.headers().toString());
        assertTrue(xml.headers().firstValue("Content-Disposition").orElse("").contains("xrechnung-booking-" + booking),
                xml.headers().toString());
        String text = new String(xml.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("CrossIndustryInvoice") && text.contains("Buchung " + booking) && text.contains("Stadt Wanfried"),
                "an XRechnung of the job to Wanfried: " + text);

        // Wanfried is the buyer: its accounting has no invoice link for the line (it received the job)
        Browser w = browser("xrechnung-kaemmerei-wanfried");
        w.signIn("accounting@wanfried.demo").open("/abrechnung?jahr=" + year + "&sparte=WASTEWATER&art=MONETARY");
        assertTrue(w.driver().findElements(By.cssSelector("a[href='" + invoice + "']")).isEmpty(), "no invoice link for the buyer");
    }

    /** The year has rates (else the current year's card is published for it), so the job is valued when completed. */
    private static void ensureRates(String year) {
        String coordinator = API.token("wmk-coordinator");
        JsonNode card = API.get("municipality", "/regions/" + REGION + "/rates/" + year, coordinator).json();
        if (card.get("rates").isEmpty()) {
            JsonNode current = API.get("municipality", "/regions/" + REGION + "/rates/" + LocalDate.now(BERLIN).getYear(),
                    coordinator).json();
            Api.Reply put = API.put("municipality", "/regions/" + REGION + "/rates/" + year, coordinator,
                    Map.of("rates", current.get("rates"), "settlementTerms", current.get("settlementTerms")));
            assertEquals(200, put.status(), put.toString());
        }
    }
}
