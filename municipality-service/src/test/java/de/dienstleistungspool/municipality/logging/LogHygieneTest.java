package de.dienstleistungspool.municipality.logging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.dienstleistungspool.municipality.identity.TestCounty;
import de.dienstleistungspool.platform.logging.MemberLogContext;
import de.dienstleistungspool.platform.security.Roles;
import io.quarkus.logging.json.runtime.JsonFormatter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the service writes to its log while it hands out and checks credentials: no access token, refresh token,
 * client secret, password, Authorization header or person's e-mail address ever appears in a line (message, stack trace or log context), and the
 * line a failed request leaves names the member it acted for by id, in the plain and in the JSON format.
 */
@QuarkusTest
class LogHygieneTest {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    private final Capture capture = new Capture();
    private final Logger root = Logger.getLogger("");

    @BeforeEach
    void listen() {
        root.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        root.removeHandler(capture);
    }

    @Test
    void noTokenSecretPasswordOrAuthorizationHeaderReachesTheLog() {
        TestCounty county = new TestCounty(em);
        List<String> secrets = new ArrayList<>();
        String admin = county.token(Roles.MEMBER_ADMIN);
        secrets.add(admin);

        // an API client: its secret, the Basic header it is sent in, the token it gets, a wrong secret
        Map<String, Object> client = county.newClient(county.memberA, Roles.DISPATCHER);
        String clientId = (String) client.get("clientId");
        String clientSecret = (String) client.get("clientSecret");
        String basic = "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        String clientToken = given().header("Authorization", basic).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").post("/oauth2/token")
                .then().statusCode(200).extract().path("access_token");
        String wrongSecret = "wrong-" + UUID.randomUUID();
        given().auth().preemptive().basic(clientId, wrongSecret).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").post("/oauth2/token").then().statusCode(401);
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", wrongSecret + "-form")
                .post("/oauth2/token").then().statusCode(401);
        secrets.addAll(List.of(clientSecret, basic.substring(6), clientToken, wrongSecret));

        // a person: the initial password, a wrong one, the access and refresh tokens of the session
        Response person = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("name", "Bauhofleiter Krause", "email", "krause" + UUID.randomUUID() + "@example.org",
                        "roles", List.of(Roles.WORKS_STAFF)))
                .post("/members/" + county.memberA + "/users");
        person.then().statusCode(201);
        String email = person.path("user.email");
        String password = person.path("initialPassword");
        Response signIn = given().contentType(ContentType.URLENC).formParam("grant_type", "password")
                .formParam("username", email).formParam("password", password).post("/oauth2/token");
        signIn.then().statusCode(200);
        String wrongPassword = "Falsch-" + UUID.randomUUID();
        given().contentType(ContentType.URLENC).formParam("grant_type", "password").formParam("username", email)
                .formParam("password", wrongPassword).post("/oauth2/token").then().statusCode(400);
        String refreshToken = signIn.path("refresh_token");
        String renewed = given().contentType(ContentType.URLENC).formParam("grant_type", "refresh_token")
                .formParam("refresh_token", refreshToken).post("/oauth2/token").then().statusCode(200)
                .extract().path("access_token");
        secrets.addAll(List.of(password, wrongPassword, signIn.path("access_token"), refreshToken, renewed, email));

        // tokens in use, good and bad: a valid one, one with a forged signature, one that is no JWT at all
        given().auth().oauth2(clientToken).get("/members/" + county.memberA).then().statusCode(200);
        String forged = clientToken.substring(0, clientToken.lastIndexOf('.') + 1) + "Zm9yZ2VkLXNpZ25hdHVyZQ";
        String garbage = "not-a-jwt-" + UUID.randomUUID();
        given().auth().oauth2(forged).get("/members/" + county.memberA).then().statusCode(401);
        given().auth().oauth2(garbage).get("/members/" + county.memberA).then().statusCode(401);
        given().auth().oauth2(forged).post("/test-only/log-probe").then().statusCode(401);
        secrets.addAll(List.of(forged, garbage));

        // an unexpected failure in a member's request: the one line it leaves must say whose request it was
        String member = county.token(county.memberB, Roles.DISPATCHER);
        secrets.add(member);
        given().auth().oauth2(member).post("/test-only/log-probe").then().statusCode(500);

        List<String> lines = capture.lines();
        assertTrue(lines.stream().anyMatch(l -> l.contains("log probe")), "the failure was logged: " + lines);
        for (String line : lines) {
            assertFalse(line.contains("Bearer ") || line.contains("Basic "), "an Authorization header in the log: " + line);
            for (String secret : secrets) {
                assertFalse(line.contains(secret), "a token, secret or password in the log: " + line);
                // also no recognisable piece of one (a JWT's signature or payload, a secret's first half)
                String piece = secret.substring(secret.length() / 2);
                assertFalse(piece.length() >= 12 && line.contains(piece), "part of a secret in the log: " + line);
            }
        }
    }

    @Test
    void theLineOfAFailedRequestNamesTheMemberByIdInPlainTextAndJson() throws Exception {
        TestCounty county = new TestCounty(em);
        given().auth().oauth2(county.token(county.memberB, Roles.DISPATCHER)).post("/test-only/log-probe")
                .then().statusCode(500);
        ExtLogRecord failure = probeFailure();
        assertEquals(county.memberB.toString(), failure.getMdc(MemberLogContext.MEMBER_ID), "the member in the log context");

        JsonNode line = json.readTree(new JsonFormatter().format(failure));
        assertEquals(county.memberB.toString(), line.path("mdc").path(MemberLogContext.MEMBER_ID).asText(), line.toString());
        assertEquals("ERROR", line.path("level").asText());

        // the next member's request: its line names that member, nothing is left over from the one before
        capture.records.clear();
        given().auth().oauth2(county.token(county.memberC, Roles.DISPATCHER)).post("/test-only/log-probe")
                .then().statusCode(500);
        assertEquals(county.memberC.toString(), probeFailure().getMdc(MemberLogContext.MEMBER_ID));
    }

    private ExtLogRecord probeFailure() {
        return capture.records.stream()
                .filter(r -> r.getThrown() != null && String.valueOf(r.getThrown().getMessage()).contains("log probe"))
                .findFirst().orElseThrow(() -> new AssertionError("no line for the failure: " + capture.lines()));
    }

    /** Keeps every record the service logs while a test runs, with its log context as it was at that moment. */
    static final class Capture extends ExtHandler {

        final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();

        @Override
        protected void doPublish(ExtLogRecord record) {
            record.copyAll();
            records.add(record);
        }

        /** Each record as text: the formatted message, the log context and the full stack trace. */
        List<String> lines() {
            List<String> lines = new ArrayList<>();
            for (ExtLogRecord r : records) {
                StringWriter text = new StringWriter();
                text.append(r.getLoggerName()).append(' ').append(r.getFormattedMessage()).append(' ')
                        .append(String.valueOf(r.getMdcCopy())).append(' ').append(String.valueOf(r.getNdc()));
                if (r.getThrown() != null) {
                    r.getThrown().printStackTrace(new PrintWriter(text));
                }
                lines.add(text.toString());
            }
            return lines;
        }
    }
}
