package de.dienstleistungspool.municipality.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import de.dienstleistungspool.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A county that signs people in at its own identity provider switches the password grant off; API clients go on. */
@QuarkusTest
@TestProfile(PasswordGrantSwitchedOffTest.NoPasswordGrant.class)
class PasswordGrantSwitchedOffTest {

    /** The service with {@code identity.password-grant-enabled=false}. */
    public static class NoPasswordGrant implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("identity.password-grant-enabled", "false");
        }
    }

    @Inject
    EntityManager em;

    @Test
    void aPersonWithTheRightPasswordGetsNoTokenButAClientDoes() {
        TestCounty county = new TestCounty(em);
        var created = given().auth().oauth2(county.token(Roles.MEMBER_ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("name", "Erika Muster", "email", "p" + UUID.randomUUID() + "@example.org", "roles", List.of(Roles.DISPATCHER)))
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/members/" + county.memberA + "/users");
        created.then().statusCode(201);
        given().contentType(ContentType.URLENC).formParam("grant_type", "password").formParam("username", (String) created.path("user.email"))
                .formParam("password", (String) created.path("initialPassword")).post("/oauth2/token")
                .then().statusCode(400).body("error", equalTo("unsupported_grant_type")).body("error_description", containsString("switched off"));
        Map<String, Object> client = county.newClient(county.memberA, Roles.DISPATCHER);
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials").formParam("client_id", client.get("clientId"))
                .formParam("client_secret", client.get("clientSecret")).post("/oauth2/token").then().statusCode(200);
    }
}
