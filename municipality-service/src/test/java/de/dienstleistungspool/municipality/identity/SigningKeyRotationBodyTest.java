package de.dienstleistungspool.municipality.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rotation takes no parameters: garbage bodies (as a bad-input sweep sends them) are refused and rotate nothing. */
@QuarkusTest
class SigningKeyRotationBodyTest {

    @Test
    void aBodyOtherThanNoneOrEmptyObjectIsRefusedAndTheKeyStays() {
        String operator = SigningKeyProtectionTest.operatorToken(); // the one caller who may rotate
        List<String> before = given().get("/.well-known/jwks.json").then().statusCode(200).extract().path("keys.kid");
        for (String[] garbage : new String[][] {{"application/json", "{\"kid\":\"mine\"}"}, {"application/json", "[]"},
            {"application/json", "{"}, {"text/plain", "rotate please"}, {"application/xml", "<rotate/>"}}) {
            given().auth().oauth2(operator).contentType(garbage[0]).body(garbage[1]).post("/signing-keys").then()
                    .statusCode(400).contentType("application/problem+json").body("type", equalTo("urn:problem:unexpected-body"));
        }
        assertEquals(before, given().get("/.well-known/jwks.json").then().extract().path("keys.kid"), "nothing was rotated");
        String kid = given().auth().oauth2(operator).contentType("application/json").body("{ }").post("/signing-keys")
                .then().statusCode(201).extract().path("kid");
        assertNotEquals(before.get(0), kid);
    }
}
