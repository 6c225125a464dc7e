package de.dienstleistungspool.portal;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.portal.session.PortalSession;
import de.dienstleistungspool.portal.session.SessionCookie;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Who may open which page, for every page and role, with a sealed session and no services behind the portal: a
 * refused role gets the German 403 page before any service is asked (an allowed one reaches the service, here
 * unreachable: 503, or the page itself), and the navigation offers exactly the pages the role may open.
 */
@QuarkusTest
class PagePolicyTest {

    static final List<String> ROLES = List.of("dispatcher", "works-staff", "accounting", "member-admin", "coordinator");

    /** Each page and the roles that may use it (docs/PORTAL.md). */
    static final Map<String, Set<String>> PAGES = Map.ofEntries(
            Map.entry("/verfuegbarkeit", Set.of("works-staff", "dispatcher")),
            Map.entry("/suchen", Set.of("dispatcher")),
            Map.entry("/einsaetze", Set.of("works-staff")),
            Map.entry("/buchungen", Set.of("dispatcher", "accounting")),
            Map.entry("/angebote", Set.of("works-staff", "member-admin")),
            Map.entry("/angebote/neu", Set.of("works-staff", "member-admin")),
            Map.entry("/abrechnung", Set.of("accounting")),
            Map.entry("/abrechnung/auszug?jahr=2026&sparte=WASTEWATER&format=pdf", Set.of("accounting")),
            Map.entry("/abrechnung/rechnungsangaben", Set.of("accounting")),
            Map.entry("/koordination", Set.of("coordinator")),
            Map.entry("/koordination/mitglieder", Set.of("coordinator")),
            Map.entry("/koordination/mitglieder/neu", Set.of("coordinator")),
            Map.entry("/koordination/saetze", Set.of("coordinator")),
            Map.entry("/koordination/jahresabschluss", Set.of("coordinator")),
            Map.entry("/koordination/berichte", Set.of("coordinator")),
            Map.entry("/koordination/spuelplan", Set.of("coordinator")),
            Map.entry("/koordination/engpaesse", Set.of("coordinator")),
            Map.entry("/benachrichtigungen", Set.copyOf(ROLES)),
            Map.entry("/benachrichtigungen/einstellungen", Set.of("member-admin")),
            Map.entry("/benachrichtigungen/webhooks", Set.of("member-admin")));

    /** The navigation entries each role sees. */
    static final Map<String, Set<String>> NAVIGATION = Map.of(
            "dispatcher", Set.of("/", "/verfuegbarkeit", "/suchen", "/buchungen", "/benachrichtigungen"),
            "works-staff", Set.of("/", "/verfuegbarkeit", "/einsaetze", "/angebote", "/benachrichtigungen"),
            "accounting", Set.of("/", "/buchungen", "/abrechnung", "/benachrichtigungen"),
            "member-admin", Set.of("/", "/angebote", "/benachrichtigungen"),
            "coordinator", Set.of("/", "/koordination", "/benachrichtigungen"));

    private static final Pattern NAV = Pattern.compile("<nav aria-label=\"Hauptnavigation\".*?</nav>", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    @Inject
    SessionCookie cookies;

    @Test
    void everyPageRefusesTheRolesItIsNotMeantForInGermanAndLetsTheOthersThrough() {
        for (String role : ROLES) {
            String cookie = cookies.seal(session(role));
            for (Map.Entry<String, Set<String>> page : PAGES.entrySet()) {
                Response r = given().redirects().follow(false).cookie("dlp_session", cookie).get(page.getKey());
                if (page.getValue().contains(role)) {
                    assertNotEquals(403, r.statusCode(), role + " may open " + page.getKey());
                } else {
                    assertEquals(403, r.statusCode(), role + " may not open " + page.getKey());
                    assertTrue(r.body().asString().contains("Diese Seite ist für Ihre Rolle nicht vorgesehen."), page.getKey());
                }
            }
        }
    }

    @Test
    void theNavigationOffersExactlyThePagesOfTheRole() {
        for (String role : ROLES) {
            String refused = PAGES.entrySet().stream().filter(p -> !p.getValue().contains(role)).map(Map.Entry::getKey)
                    .findFirst().orElseThrow();
            String html = given().cookie("dlp_session", cookies.seal(session(role))).get(refused).body().asString();
            Matcher nav = NAV.matcher(html);
            assertTrue(nav.find(), "the refusal page has the navigation");
            Set<String> links = new TreeSet<>();
            Matcher href = HREF.matcher(nav.group());
            while (href.find()) {
                links.add(href.group(1));
            }
            assertEquals(new TreeSet<>(NAVIGATION.get(role)), links, role);
        }
    }

    private static PortalSession session(String role) {
        Instant now = Instant.now();
        return new PortalSession(UUID.randomUUID().toString(), "header.claims.signature", now.plusSeconds(3600),
                "refresh", role + "@test.demo", UUID.randomUUID(), UUID.randomUUID(), Set.of(role), "Testgemeinde",
                "Testkreis", now);
    }
}
