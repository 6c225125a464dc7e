package de.dienstleistungspool.e2e.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.dienstleistungspool.e2e.stack.Api;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The portal's security promises, proven in a real browser and with copies of its cookies: another member's booking
 * is a 404, a form post without the CSRF token is refused and changes nothing, after sign-out the old cookie is
 * worthless to the portal and to every service, ten wrong passwords in a row are throttled, a double click books once.
 */
@Order(2)
class PortalSecurityTest extends PortalTest {

    static final String ESCHWEGE_CAMERA = "00000000-0000-4000-c000-000000000003";

    @Test
    void aPageOfAnotherMembersBookingAnswers404() {
        String booking = bookCamera(quietDay(7), "T08:00:00+01:00", "T12:00:00+01:00");
        Browser own = browser("security-own-booking");
        own.signIn("dispatcher@wanfried.demo").open("/buchungen/" + booking);
        own.sees("angefragt").check("eigene-buchung");

        Browser other = browser("security-other-member");
        other.signIn("dispatcher@witzenhausen.demo").open("/buchungen/" + booking);
        assertEquals("Seite nicht gefunden", other.heading());
        other.check("fremde-buchung-404");
        assertEquals(404, PortalHttp.get(STACK.portalUrl() + "/buchungen/" + booking, cookies(other)).statusCode());
        assertEquals(200, PortalHttp.get(STACK.portalUrl() + "/buchungen/" + booking, cookies(own)).statusCode());
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        String booking = bookCamera(quietDay(7).plusDays(2), "T08:00:00+01:00", "T12:00:00+01:00");
        Browser d = browser("security-csrf");
        d.signIn("dispatcher@wanfried.demo").open("/buchungen/" + booking);
        String url = STACK.portalUrl() + "/buchungen/" + booking + "/stornieren";
        String key = d.driver().findElement(By.name("schluessel")).getAttribute("value");

        assertEquals(400, PortalHttp.postForm(url, cookies(d), Map.of("schluessel", key)).statusCode());
        assertEquals(400, PortalHttp.postForm(url, cookies(d), Map.of("schluessel", key, "csrf-token", "forged")).statusCode());
        assertEquals("REQUESTED", status(booking), "nothing changed");

        String token = d.driver().findElement(By.name("csrf-token")).getAttribute("value");
        HttpResponse<String> genuine = PortalHttp.postForm(url, cookies(d), Map.of("schluessel", key, "csrf-token", token));
        assertEquals(303, genuine.statusCode(), genuine.body());
        assertEquals("CANCELLED", status(booking), "the same post with the form's token works");
    }

    @Test
    void afterSignOutTheOldCookieIsWorthlessToThePortalAndToTheServices() {
        Browser a = browser("security-sign-out");
        a.signIn("accounting@eschwege.demo").follow("Meine Buchungen");
        a.sees("Meine Buchungen");
        String copy = cookies(a);
        JsonNode sealed = PortalHttp.open(a.sessionCookie(), STACK.portalSessionKey());
        String access = sealed.get("accessToken").asText();
        assertEquals(200, PortalHttp.get(STACK.portalUrl() + "/buchungen", copy).statusCode(), "the copy works before");
        assertEquals(200, API.get("pool", "/offers?size=1", access).status());

        a.press("Abmelden");
        assertEquals("Anmelden beim Dienstleistungspool", a.heading());
        a.sees("Sie sind abgemeldet.").check("abgemeldet");

        // the start page asks municipality-service, which refuses the ended session at once
        HttpResponse<String> replay = PortalHttp.get(STACK.portalUrl() + "/", copy);
        assertEquals(303, replay.statusCode());
        assertTrue(replay.headers().firstValue("Location").orElse("").contains("/anmelden"), replay.headers().toString());
        // pages served by the other services refuse it as soon as those learned it from member-events (seconds)
        await("the bookings page refusing the old cookie", Duration.ofSeconds(30),
                () -> PortalHttp.get(STACK.portalUrl() + "/buchungen", copy).statusCode() == 303);
        assertEquals(401, API.get("municipality", "/members", access).status(), "municipality-service refuses it at once");
        for (String service : new String[] {"pool", "booking", "notification"}) {
            await(service + " refusing the ended session", Duration.ofSeconds(30),
                    () -> API.get(service, service.equals("pool") ? "/offers?size=1" : service.equals("booking")
                            ? "/bookings?size=1" : "/notifications", access).status() == 401);
        }
        Api.Reply refresh = API.call("municipality", "POST", "/oauth2/token", null, "grant_type=refresh_token&refresh_token="
                + Api.enc(sealed.get("refreshToken").asText()), "application/x-www-form-urlencoded");
        assertEquals(400, refresh.status(), refresh.toString());
    }

    @Test
    void tenWrongPasswordsInARowAreThrottled() {
        Browser b = browser("security-throttle");
        for (int i = 1; i <= 10; i++) {
            b.open("/anmelden").fill("E-Mail-Adresse", "member-admin@ringgau.demo").fill("Passwort", "falsch-" + i)
                    .press("Anmelden");
            b.sees("E-Mail-Adresse oder Passwort ist falsch.");
        }
        b.check("falsches-passwort");
        b.open("/anmelden").fill("E-Mail-Adresse", "member-admin@ringgau.demo").fill("Passwort", "demo-secret")
                .press("Anmelden");
        b.sees("Zu viele Anmeldeversuche. Bitte warten Sie").check("gedrosselt");
        assertEquals("Anmelden beim Dienstleistungspool", b.heading(), "even the right password waits");
    }

    @Test
    void aDoubleClickBooksOnce() {
        Browser d = browser("security-double-click");
        LocalDate day = quietDay(8);
        d.signIn("dispatcher@wanfried.demo").open("/angebote/" + ESCHWEGE_CAMERA);
        d.sees("Dieses Angebot buchen");
        Map<String, String> form = new java.util.HashMap<>(Map.of(
                "csrf-token", d.driver().findElement(By.cssSelector("form.stacked input[name=csrf-token]")).getAttribute("value"),
                "angebot", ESCHWEGE_CAMERA, "beginn", day + "T08:00", "ende", day + "T10:00",
                "abrechnung", "MONETARY", "sparte", "WASTEWATER",
                "schluessel", d.driver().findElement(By.cssSelector("form.stacked input[name=schluessel]")).getAttribute("value")));
        String url = STACK.portalUrl() + "/suchen/buchen";
        HttpResponse<String> first = PortalHttp.postForm(url, cookies(d), form);
        HttpResponse<String> second = PortalHttp.postForm(url, cookies(d), form);
        assertEquals(303, first.statusCode(), first.body());
        assertEquals(303, second.statusCode(), second.body());
        assertEquals(first.headers().firstValue("Location"), second.headers().firstValue("Location"), "the same booking");
    }

    /** A booking of Eschwege's sewer TV camera by Wanfried's dispatcher client; returns its id. */
    private static String bookCamera(LocalDate day, String from, String to) {
        return book(API.token("wanfried-dispatcher"), Map.of("offerId", ESCHWEGE_CAMERA,
                "start", day.atTime(java.time.LocalTime.parse(from.substring(1, 9))).atZone(BERLIN).toInstant().toString(),
                "end", day.atTime(java.time.LocalTime.parse(to.substring(1, 9))).atZone(BERLIN).toInstant().toString(),
                "settlementMode", "MONETARY", "sector", "WASTEWATER")).get("id").asText();
    }

    private static String status(String booking) {
        return API.get("booking", "/bookings/" + booking, API.token("wanfried-dispatcher")).json().get("status").asText();
    }
}
