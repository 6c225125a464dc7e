package de.dienstleistungspool.municipality.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import de.dienstleistungspool.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/** A member never sees another member's people or API clients, and a region never sees another region's members. */
@QuarkusTest
class MemberIsolationTest {

    @Inject
    EntityManager em;

    @Test
    void eachMemberAdminSeesOnlyItsOwnPeopleAndClients() {
        TestCounty county = new TestCounty(em);
        county.newUser(county.memberB);
        county.newClient(county.memberB, Roles.DISPATCHER);
        String adminA = county.token(county.memberA, Roles.MEMBER_ADMIN);
        String adminB = county.token(county.memberB, Roles.MEMBER_ADMIN);

        given().auth().oauth2(adminA).get("/members/" + county.memberA + "/users").then().statusCode(200)
                .body("items.id", hasItem(county.userA.toString())).body("items.memberId", everyItem(equalTo(county.memberA.toString())));
        given().auth().oauth2(adminB).get("/members/" + county.memberB + "/users").then().statusCode(200)
                .body("items.id", not(hasItem(county.userA.toString()))).body("items.memberId", everyItem(equalTo(county.memberB.toString())));
        given().auth().oauth2(adminB).get("/members/" + county.memberB + "/clients").then().statusCode(200)
                .body("items.clientId", not(hasItem(county.clientA))).body("total", equalTo(1));
        given().auth().oauth2(adminB).get("/members/" + county.memberB + "/users/" + county.userA).then().statusCode(404);
        given().auth().oauth2(adminB).get("/members/" + county.memberB + "/clients/" + county.clientA).then().statusCode(404);
        given().auth().oauth2(adminB).post("/members/" + county.memberB + "/clients/" + county.clientA + "/revoke").then().statusCode(404);
        given().auth().oauth2(adminA).get("/members/" + county.memberA + "/clients/" + county.clientA).then().statusCode(200)
                .body("revokedAt", equalTo(null));
    }

    @Test
    void theDirectoryListsOnlyTheCallersRegion() {
        TestCounty county = new TestCounty(em);
        given().auth().oauth2(county.token(Roles.DISPATCHER)).get("/members?size=200").then().statusCode(200)
                .body("items.id", hasItem(county.memberB.toString())).body("items.id", not(hasItem(county.memberC.toString())))
                .body("items.regionId", everyItem(equalTo(county.region1.toString())));
        given().auth().oauth2(county.token(county.memberC, Roles.DISPATCHER)).get("/members").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(county.memberC.toString()));
    }
}
