package de.dienstleistungspool.e2e.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.dienstleistungspool.e2e.stack.Api;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The administration pages in a real browser: works staff create, block, pause and edit an offer on Angebote; the
 * coordinator finds members and downloads the region's reports; and every one of these pages refuses the roles it is
 * not meant for with the German refusal page, while a refused form post changes nothing.
 */
@Order(2)
class PortalAdministrationTest extends PortalTest {

    static final String ESCHWEGE_CAMERA = "00000000-0000-4000-c000-000000000003";

    @Test
    void worksStaffCreateAnOfferBlockAPeriodPauseAndEditIt() {
        Browser w = browser("angebote-bauhof-witzenhausen");
        w.signIn("works-staff@witzenhausen.demo");
        w.follow("Angebote");
        assertEquals("Angebote Ihres Mitglieds", w.heading());
        w.check("angebote");

        w.follow("Neues Angebot anlegen");
        w.check("angebot-neu");
        String title = "Rüttelplatte 90 kg " + UUID.randomUUID().toString().substring(0, 6);
        w.choose("Art", "Gerät").choose("Kategorie", "Rüttelplatte").fill("Titel", title).tick("Abwasserbeseitigung")
                .fill("Kapazität pro Tag", "drei");
        w.press("Angebot anlegen");
        w.sees("Die Kapazität pro Tag muss eine Zahl sein").check("angebot-abgelehnt");
        assertEquals(0L, offersTitled(title), "an unreadable field creates nothing");

        w.fill("Kapazität pro Tag", "1").press("Angebot anlegen");
        assertEquals("Verwalten: " + title, w.heading());
        w.sees("Das Angebot ist angelegt und im Pool sichtbar.").check("angebot-angelegt");
        String id = w.path().replaceAll("^/angebote/([^/]+)/verwalten.*$", "$1");
        JsonNode offer = pool("/offers/" + id).json();
        assertEquals(title, offer.get("title").asText());
        assertEquals(WITZENHAUSEN, offer.get("ownerMemberId").asText());
        assertEquals("COMPACTOR", offer.get("category").asText());
        assertEquals("ACTIVE", offer.get("status").asText());

        LocalDate day = quietDay(9);
        w.setValue("Beginn", day + "T07:00").setValue("Ende", day.plusDays(2) + "T16:00")
                .fill("Grund (z. B. Wartung)", "Wartung beim Hersteller").press("Sperrzeit eintragen");
        w.sees("Die Sperrzeit ist eingetragen.").sees("Wartung beim Hersteller").check("sperrzeit");
        JsonNode blackouts = pool("/offers/" + id + "/blackouts").json();
        assertEquals(1, blackouts.size(), blackouts.toString());
        assertEquals("Wartung beim Hersteller", blackouts.get(0).get("reason").asText());

        w.press("Pausieren");
        w.sees("Das Angebot ist pausiert.").check("pausiert");
        assertEquals("PAUSED", pool("/offers/" + id).json().get("status").asText());

        w.follow("Angaben bearbeiten");
        assertEquals(title, w.byLabel("Titel").getAttribute("value"), "the form shows the offer as it is");
        assertEquals(7, pool("/offers/" + id).json().get("bookableHours").get(0).get("days").size(),
                "a new offer is bookable around the clock");
        w.untick("Rund um die Uhr buchbar").fill("Samstag", "08:00–25:00").press("Änderungen speichern");
        w.sees("Die buchbaren Zeiten sind nicht lesbar");
        assertEquals("24:00", pool("/offers/" + id).json().get("bookableHours").get(0).get("to").asText(),
                "an unreadable time changes nothing");
        for (String weekday : List.of("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag")) {
            w.fill(weekday, "07:00–16:00");
        }
        w.fill("Samstag", "").fill("Titel", title + " (Diesel)").press("Änderungen speichern");
        w.sees("Die Änderungen sind gespeichert.").check("bearbeitet");
        JsonNode edited = pool("/offers/" + id).json();
        assertEquals("[{\"days\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"],\"from\":\"07:00\",\"to\":\"16:00\"}]",
                edited.get("bookableHours").toString(), "the working days' hours reach pool-service");
        w.open("/angebote/" + id).sees("Mo–Fr 07:00–16:00");
        w.open("/angebote/" + id + "/bearbeiten");
        assertEquals("07:00–16:00", w.byLabel("Montag").getAttribute("value"), "the form shows the hours as they are");
        assertEquals("", w.byLabel("Samstag").getAttribute("value"));
        w.open("/angebote/" + id + "/verwalten");
        assertEquals(title + " (Diesel)", edited.get("title").asText());
        assertEquals("PAUSED", edited.get("status").asText(), "editing keeps the status");
        assertEquals("COMPACTOR", edited.get("category").asText(), "and what was not changed");

        w.press("Aufheben");
        w.sees("Die Sperrzeit ist aufgehoben.");
        assertEquals(0, pool("/offers/" + id + "/blackouts").json().size(), "the blackout is lifted");
        w.press("Endgültig zurückziehen");
        w.sees("Das Angebot ist zurückgezogen.").check("zurueckgezogen");
        assertEquals("RETIRED", pool("/offers/" + id).json().get("status").asText());
        assertFalse(w.hasLink("Angaben bearbeiten"), "a retired offer is not edited any more");
    }

    @Test
    void theOfferFormAndTheAccountsReadOnAPhone() {
        Browser p = browser("verwaltung-360px", 360);
        p.signIn("works-staff@witzenhausen.demo").open("/angebote/neu");
        assertEquals("Neues Angebot anlegen", p.heading());
        assertEquals(0L, sidewaysScroll(p), "the offer form does not scroll sideways at 360 px");
        p.check("angebot-neu-telefon");

        Browser a = browser("abrechnung-360px", 360);
        a.signIn("accounting@witzenhausen.demo").follow("Abrechnung");
        assertEquals(0L, sidewaysScroll(a), "the accounts do not scroll sideways at 360 px (only their tables do)");
        a.check("abrechnung-telefon");
    }

    @Test
    void theCoordinatorFindsMembersAndDownloadsTheRegionsReports() {
        Browser c = browser("koordination-mitglieder");
        c.signIn("coordinator@wmk.demo").follow("Koordination").follow("Mitglieder");
        assertEquals("Mitglieder des Pools", c.heading());
        List<String> names = c.rows().stream().map(r -> r.get(0)).toList();
        assertTrue(names.containsAll(List.of("Kreisstadt Eschwege", "Stadt Wanfried", "Abwasserverband Wehretal")), names.toString());
        c.check("mitglieder");
        c.fill("Name enthält", "Wanfried").press("Anzeigen");
        assertEquals(List.of("Stadt Wanfried"), c.rows().stream().map(r -> r.get(0)).toList());
        c.check("mitglieder-suche");

        // admit a member: its first admin signs in with the initial password shown once
        c.follow("Mitglied aufnehmen");
        c.check("mitglied-aufnehmen");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String name = "Wasserbeschaffungsverband Test " + suffix;
        String email = "verwaltung-" + suffix + "@wbv-test.example";
        c.fill("Name", name).tick("Wasserversorgung").fill("Name des Bauhofs", "Wasserwerk " + suffix)
                .fill("Breite (z. B. 51,1880)", "51,2210").fill("Länge (z. B. 10,0528)", "9,9010")
                .fill("Name der Person", "Erika Mustermann").fill("E-Mail-Adresse der Person", email);
        c.press("Mitglied aufnehmen");
        assertEquals("Aufgenommen: " + name, c.heading());
        c.sees(name + " ist in den Pool aufgenommen.").check("mitglied-aufgenommen");
        String password = c.byLabel("Anfangspasswort").getAttribute("value");
        assertTrue(password.length() >= 12, "an initial password is shown");
        Api.Reply listed = API.get("municipality", "/members?name=" + Api.enc(suffix), API.token("wmk-coordinator"));
        assertEquals(1, listed.json().get("total").asInt(), listed.toString());
        Browser admin = browser("neues-mitglied-verwaltung");
        admin.open("/anmelden").fill("E-Mail-Adresse", email).fill("Passwort", password).press("Anmelden");
        admin.sees("Sie handeln für " + name);
        assertTrue(admin.hasLink("Angebote") && admin.hasLink("Benachrichtigungen"), "a member admin's navigation");
        admin.check("neues-mitglied-start");

        c.open("/koordination");
        c.follow("Berichte");
        c.check("berichte");
        String year = String.valueOf(LocalDate.now(BERLIN).getYear());
        HttpResponse<byte[]> csv = PortalHttp.download(c.href("Abrechnung des Kreises " + year
                + " Abwasserbeseitigung als CSV (Excel)"), cookies(c));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains(";"), "a CSV for Excel: " + text);
    }

    @Test
    void everyAdministrationPageRefusesOtherRolesInGerman() {
        Browser d = browser("verwaltung-verweigert-disponent");
        d.signIn("dispatcher@wanfried.demo");
        assertFalse(d.hasLink("Angebote") || d.hasLink("Abrechnung") || d.hasLink("Koordination"),
                "a dispatcher's navigation offers none of them");
        for (String page : List.of("/angebote", "/angebote/neu", "/abrechnung", "/koordination", "/koordination/mitglieder",
                "/koordination/saetze", "/koordination/jahresabschluss", "/koordination/berichte", "/koordination/spuelplan")) {
            refused(d, page);
        }
        d.check("keine-berechtigung");

        Browser a = browser("verwaltung-verweigert-kaemmerei");
        a.signIn("accounting@eschwege.demo");
        refused(a, "/koordination/jahresabschluss");
        refused(a, "/angebote");
        Browser w = browser("verwaltung-verweigert-bauhof");
        w.signIn("works-staff@eschwege.demo");
        refused(w, "/abrechnung");
        refused(w, "/abrechnung/auszug?jahr=2026&sparte=WASTEWATER&format=pdf");
        refused(w, "/koordination");
        Browser c = browser("verwaltung-verweigert-koordination");
        c.signIn("coordinator@wmk.demo");
        refused(c, "/abrechnung");
        refused(c, "/angebote");
    }

    @Test
    void aRefusedFormPostChangesNothing() {
        // Witzenhausen's works staff may manage offers, but not Eschwege's camera
        Browser w = browser("verwaltung-fremdes-angebot");
        w.signIn("works-staff@witzenhausen.demo").open("/angebote/" + ESCHWEGE_CAMERA + "/verwalten");
        assertEquals("Keine Berechtigung", w.heading());
        w.open("/angebote");
        String token = w.driver().findElement(By.name("csrf-token")).getAttribute("value");
        HttpResponse<String> pause = PortalHttp.postForm(STACK.portalUrl() + "/angebote/" + ESCHWEGE_CAMERA
                + "/verwalten/pausieren", cookies(w), Map.of("csrf-token", token));
        assertEquals(403, pause.statusCode(), pause.body());
        assertEquals("ACTIVE", pool("/offers/" + ESCHWEGE_CAMERA).json().get("status").asText(), "the camera is not paused");

        // a dispatcher may not publish rates: the form post is refused and the year's card stays as it was
        Browser d = browser("verwaltung-saetze-disponent");
        d.signIn("dispatcher@wanfried.demo").open("/buchungen");
        String year = String.valueOf(LocalDate.now(BERLIN).getYear());
        String coordinator = API.token("wmk-coordinator");
        String before = API.get("municipality", "/regions/" + REGION + "/rates/" + year, coordinator).body();
        HttpResponse<String> publish = PortalHttp.postForm(STACK.portalUrl() + "/koordination/saetze", cookies(d),
                Map.of("csrf-token", d.driver().findElement(By.name("csrf-token")).getAttribute("value"), "jahr", year,
                        "sparte", "WASTEWATER", "kategorie", "SEWER_FLUSHING", "einheit", "HOUR", "betrag", "1,00"));
        assertEquals(403, publish.statusCode(), publish.body());
        assertTrue(publish.body().contains("Keine Berechtigung"), publish.body());
        assertEquals(before, API.get("municipality", "/regions/" + REGION + "/rates/" + year, coordinator).body());
    }

    /** The page answers 403 with the German refusal page. */
    @Test
    void theCoordinatorSeesTheFlushingPlanAgainstCapacityAndTurnsItIntoACampaignOnce() {
        int next = LocalDate.now(BERLIN).getYear() + 1;
        Browser c = browser("koordination-spuelplan");
        c.signIn("coordinator@wmk.demo").follow("Koordination").follow("Spülplan");
        assertEquals("Spülplan " + next, c.heading());
        // the demo members' wastewater demand in hours, spread over their preferred months, against the vehicles
        c.sees("Stadt Wanfried").sees("Ortsnetz Wanfried").sees("Stadt Sontra").sees("Kernstadt Waldkappel");
        assertEquals("Stunden", c.row("Mai").get(0), c.rows().toString());
        c.sees("Kanalspülfahrzeug mit Besatzung");
        c.check("spuelplan");

        c.press("Spülkampagne Abwasserbeseitigung " + next + " anlegen");
        c.sees("Die Spülkampagne ist angelegt.").sees("Buchungsserien der Kampagne");
        assertTrue(c.rows().stream().anyMatch(r -> r.contains("angefragt")), c.rows().toString());
        c.check("spuelkampagne");
        // one booking per job day and vehicle, at most 8 hours each, requested for the demo members
        long days = DB.count("booking", "select count(*) from booking where note = ?", "Spülkampagne " + next);
        assertEquals(12, days, "40 + 32 + 24 hours at 8 hours a day");
        assertEquals(0, DB.count("booking", "select count(*) from booking where note = ? and scope_quantity > 8",
                "Spülkampagne " + next));
        assertFalse(c.mainText().contains("Spülkampagne Abwasserbeseitigung " + next + " anlegen"), "a plan becomes one campaign");
    }

    private static void refused(Browser b, String page) {
        b.open(page);
        assertEquals("Keine Berechtigung", b.heading(), page);
        b.sees("Diese Seite ist für Ihre Rolle nicht vorgesehen.");
        assertEquals(403, PortalHttp.get(STACK.portalUrl() + page, cookies(b)).statusCode(), page);
    }

    private static long sidewaysScroll(Browser b) {
        return (Long) b.driver().executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    }

    private static Api.Reply pool(String path) {
        Api.Reply r = API.get("pool", path, API.token("witzenhausen-works-staff"));
        assertEquals(200, r.status(), r.toString());
        return r;
    }

    private static long offersTitled(String title) {
        return DB.count("pool", "select count(*) from offer where title = ?", title);
    }
}
