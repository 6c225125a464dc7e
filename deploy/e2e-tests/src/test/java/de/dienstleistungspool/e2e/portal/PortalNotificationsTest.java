package de.dienstleistungspool.e2e.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.dienstleistungspool.e2e.stack.WebhookReceiver;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Benachrichtigungen in a real browser: Sontra's member admin chooses who is mailed about new requests and registers
 * a webhook that then receives a request and a re-send; Sontra's works staff read the request's e-mail in the feed;
 * the settings and webhooks refuse every other role in German.
 */
@Order(2)
class PortalNotificationsTest extends PortalTest {

    static final String SONTRA = "00000000-0000-4000-b000-000000000004";
    static final String SONTRA_GENERATOR = "00000000-0000-4000-c000-000000000015";
    static final String GENERATOR_TITLE = "Notstromaggregat 60 kVA";

    @Test
    void theMemberAdminChoosesWhoIsMailedAndRegistersAWebhookThatReceivesARequest() throws Exception {
        String admin = API.token("sontra-member-admin");
        Browser m = browser("benachrichtigungen-verwaltung-sontra");
        m.signIn("member-admin@sontra.demo").follow("Benachrichtigungen");
        assertEquals("Benachrichtigungen", m.heading());
        m.check("benachrichtigungen");

        m.follow("Einstellungen für E-Mails");
        assertEquals("Einstellungen für E-Mails", m.heading());
        WebElement requested = m.driver().findElement(By.id("BookingRequested"));
        WebElement accounting = requested.findElement(By.cssSelector("input[name=rollen][value=accounting]"));
        if (!accounting.isSelected()) {
            accounting.click();
        }
        WebElement addresses = requested.findElement(By.tagName("textarea"));
        addresses.clear();
        addresses.sendKeys("leitwarte@sontra.example");
        m.press("Speichern: Neue Anfrage");
        m.sees("Die Einstellung für „Neue Anfrage“ ist gespeichert.").check("einstellung-gespeichert");
        JsonNode preference = preference(admin, "BookingRequested");
        assertTrue(preference.get("custom").asBoolean(), preference.toString());
        assertTrue(preference.get("roles").toString().contains("accounting"), preference.toString());
        assertEquals("[\"leitwarte@sontra.example\"]", preference.get("addresses").toString());
        m.press("Standard wiederherstellen: Neue Anfrage");
        assertFalse(preference(admin, "BookingRequested").get("custom").asBoolean(), "back to the defaults");

        try (WebhookReceiver receiver = new WebhookReceiver()) {
            m.open("/benachrichtigungen").follow("Webhooks für Ihre Software");
            assertEquals("Webhooks", m.heading());
            m.check("webhooks");
            m.fill("Adresse (https://…)", receiver.url()).fill("Beschreibung", "Leitwarte Sontra").tick("Neue Anfrage")
                    .press("Webhook anlegen");
            assertEquals("Der Webhook ist angelegt", m.heading());
            String secret = m.byLabel("Signaturschlüssel").getAttribute("value");
            assertTrue(secret.startsWith("whsec_"), secret);
            m.check("webhook-angelegt");
            m.follow("Zu den Zustellungen");
            String endpoint = m.path().replaceAll("\\?.*", "");

            LocalDate day = quietDay(11);
            String booking = book(API.token("wanfried-dispatcher"), Map.of("offerId", SONTRA_GENERATOR,
                    "start", day.atTime(8, 0).atZone(BERLIN).toInstant().toString(),
                    "end", day.atTime(16, 0).atZone(BERLIN).toInstant().toString(),
                    "settlementMode", "MONETARY", "sector", "WATER_SUPPLY")).get("id").asText();
            WebhookReceiver.Delivery first = await("the BookingRequested webhook", Duration.ofSeconds(60),
                    () -> receiver.received.stream().filter(d -> d.body().contains(booking)).findFirst().orElse(null));
            assertTrue(first.body().contains("BookingRequested"), first.body());
            await("the delivery shown as delivered", Duration.ofSeconds(30), () -> {
                m.open(endpoint);
                return m.rows().stream().anyMatch(r -> r.size() == 5 && r.get(0).equals("Neue Anfrage") && r.get(2).equals("zugestellt"));
            });
            m.check("zustellungen");

            m.press("Erneut senden");
            m.sees("Die Zustellung wird erneut gesendet.");
            await("the re-sent delivery", Duration.ofSeconds(60), () -> receiver.received.stream()
                    .filter(d -> d.header("Webhook-Id").equals(first.header("Webhook-Id"))).count() == 2);

            m.press("Pausieren");
            m.sees("Der Webhook ist pausiert; es wird nichts zugestellt.").check("webhook-pausiert");
            String id = endpoint.substring(endpoint.lastIndexOf('/') + 1);
            assertFalse(API.get("notification", "/webhooks/" + id, admin).json().get("active").asBoolean());
            m.press("Webhook entfernen");
            m.sees("Der Webhook ist entfernt.");
            assertEquals(404, API.get("notification", "/webhooks/" + id, admin).status());

            // the works staff of Sontra were mailed about the request (the default) and read it in the feed
            Browser w = browser("benachrichtigungen-bauhof-sontra");
            w.signIn("works-staff@sontra.demo");
            assertFalse(w.hasLink("Einstellungen für E-Mails"), "only the member admin has the settings");
            String subject = await("the request in the feed", Duration.ofSeconds(60), () -> {
                w.open("/benachrichtigungen");
                return w.rows().stream().filter(r -> r.size() == 5 && r.get(1).equals("Neue Anfrage")
                        && r.get(0).contains(GENERATOR_TITLE)).map(r -> r.get(0)).findFirst().orElse(null);
            });
            w.check("feed");
            w.follow(subject);
            w.sees("Text der E-Mail").sees(GENERATOR_TITLE).sees(booking).check("benachrichtigung");
        }
    }

    @Test
    void theSettingsAndWebhooksRefuseEveryOtherRoleInGerman() {
        Browser d = browser("benachrichtigungen-disponent");
        d.signIn("dispatcher@wanfried.demo").follow("Benachrichtigungen");
        assertEquals("Benachrichtigungen", d.heading());
        assertFalse(d.hasLink("Webhooks für Ihre Software"), "a dispatcher is not offered the webhooks");
        for (String page : List.of("/benachrichtigungen/einstellungen", "/benachrichtigungen/webhooks")) {
            d.open(page);
            assertEquals("Keine Berechtigung", d.heading(), page);
            assertEquals(403, PortalHttp.get(STACK.portalUrl() + page, cookies(d)).statusCode(), page);
        }
        d.check("benachrichtigungen-keine-berechtigung");
    }

    private static JsonNode preference(String token, String type) {
        for (JsonNode p : API.get("notification", "/notification-preferences", token).json()) {
            if (type.equals(p.get("eventType").asText())) {
                return p;
            }
        }
        throw new AssertionError("no preference " + type);
    }
}
