package de.dienstleistungspool.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * The portal on its own (no services behind it): pages need a session, the sign-in form is German and protected
 * against CSRF, a forged cookie counts for nothing, and a sign-in target never leaves the portal.
 */
@QuarkusTest
class SignInPageTest {

    @Test
    void everyPageButSignInSendsToTheSignInPageWithTheWayBack() {
        given().redirects().follow(false).get("/?hinweis=1").then().statusCode(303)
                .header("Location", endsWith("/anmelden?weiter=%2F%3Fhinweis%3D1"));
        given().redirects().follow(false).header("HX-Request", "true").get("/").then().statusCode(204)
                .header("HX-Redirect", containsString("/anmelden"));
    }

    @Test
    void theAdministrationPagesAndDownloadsNeedASignInToo() {
        for (String page : new String[] {"/angebote", "/angebote/neu", "/abrechnung",
                "/abrechnung/auszug?jahr=2026&sparte=WASTEWATER&format=pdf", "/koordination", "/koordination/mitglieder",
                "/koordination/saetze", "/koordination/jahresabschluss", "/koordination/berichte", "/koordination/spuelplan"}) {
            given().redirects().follow(false).get(page).then().statusCode(303)
                    .header("Location", containsString("/anmelden?weiter="));
        }
    }

    @Test
    void anUnknownPathIsAGerman404() {
        given().get("/gibt-es-nicht").then().statusCode(404).contentType(ContentType.HTML)
                .body(containsString("Seite nicht gefunden"));
    }

    @Test
    void theSignInFormIsGermanLabelledAndCarriesACsrfToken() {
        given().get("/anmelden").then().statusCode(200).contentType(ContentType.HTML)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .body(containsString("<html lang=\"de\">"))
                .body(containsString("<label for=\"email\">E-Mail-Adresse</label>"))
                .body(containsString("<label for=\"passwort\">Passwort</label>"))
                .body(containsString("name=\"csrf-token\""))
                .body(containsString("Zum Inhalt springen"));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("email", "dispatcher@wanfried.demo")
                .formParam("passwort", "demo-secret").post("/anmelden").then().statusCode(400);
        Response page = given().get("/anmelden");
        given().redirects().follow(false).cookie("dlp_csrf", page.getCookie("dlp_csrf")).contentType(ContentType.URLENC)
                .formParam("csrf-token", "forged-token-value").formParam("email", "dispatcher@wanfried.demo")
                .formParam("passwort", "demo-secret").post("/anmelden").then().statusCode(400);
    }

    @Test
    void withAValidTokenTheFormReachesThePlatformAndSaysSoWhenItIsDown() {
        Response page = given().get("/anmelden");
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        given().redirects().follow(false).cookie("dlp_csrf", page.getCookie("dlp_csrf")).contentType(ContentType.URLENC)
                .formParam("csrf-token", token).formParam("email", "dispatcher@wanfried.demo")
                .formParam("passwort", "demo-secret").post("/anmelden").then().statusCode(503)
                .body(containsString("nicht erreichbar"));
    }

    @Test
    void aForgedSessionCookieCountsForNothing() {
        given().redirects().follow(false).cookie("dlp_session", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                .get("/").then().statusCode(303).header("Location", containsString("/anmelden"))
                .header("Set-Cookie", containsString("dlp_session=;"));
    }

    @Test
    void theTargetAfterSignInStaysInsideThePortal() {
        for (String target : new String[] {"https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"}) {
            given().queryParam("weiter", target).get("/anmelden").then().statusCode(200)
                    .body(not(containsString("evil.example"))).body(not(containsString("javascript:")))
                    .body(containsString("name=\"weiter\" value=\"/\""));
        }
    }
}
