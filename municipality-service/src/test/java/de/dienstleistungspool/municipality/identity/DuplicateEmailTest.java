package de.dienstleistungspool.municipality.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.dienstleistungspool.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * E-mail addresses are login names across the platform, so one held elsewhere cannot be used again; the refusal says
 * the same whichever member or county holds it, and nothing about that account.
 */
@QuarkusTest
class DuplicateEmailTest {

    @Inject
    EntityManager em;

    @Test
    void anAddressHeldInAnotherCountyIsRefusedLikeOneHeldNextDoorAndOwnDuplicatesAreNamed() {
        TestCounty county = new TestCounty(em);
        String email = "wassermeister-" + UUID.randomUUID() + "@example.org";
        add(county, county.memberA, email).then().statusCode(201);

        Response otherCounty = add(county, county.memberC, email);
        Response sameCounty = add(county, county.memberB, email.toUpperCase(java.util.Locale.ROOT));
        otherCounty.then().statusCode(409).contentType("application/problem+json").body("type", equalTo("urn:problem:email-unavailable"))
                .body("detail", not(containsString("exist"))).body("detail", not(containsString(county.memberA.toString())));
        assertEquals(otherCounty.path("detail").toString(), sameCounty.path("detail").toString(), "the same answer wherever it is held");
        assertEquals(409, sameCounty.statusCode());

        add(county, county.memberA, email).then().statusCode(409).body("type", equalTo("urn:problem:duplicate"))
                .body("detail", containsString("this member"));
    }

    private static Response add(TestCounty county, UUID member, String email) {
        return given().auth().oauth2(county.token(member, Roles.MEMBER_ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("name", "Wassermeister", "email", email, "roles", List.of(Roles.DISPATCHER)))
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/members/" + member + "/users");
    }
}
