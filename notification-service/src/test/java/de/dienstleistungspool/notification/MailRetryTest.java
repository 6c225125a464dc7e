package de.dienstleistungspool.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

import com.icegreen.greenmail.util.GreenMail;
import de.dienstleistungspool.notification.support.InjectGreenMail;
import de.dienstleistungspool.notification.support.Mails;
import de.dienstleistungspool.notification.support.Scenario;
import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An e-mail that cannot be handed to the SMTP server stays PENDING with its error and attempts in the feed, and is
 * sent once the server is back.
 */
@QuarkusTest
class MailRetryTest {

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    EntityManager em;

    @Test
    void mailIsRetriedUntilTheSmtpServerIsBack() {
        Scenario s = Scenario.create(em);
        String ownerToken = TestTokens.token(s.provider(), s.region(), Roles.WORKS_STAFF);
        greenMail.stop();
        try {
            s.publish(s.booking("BookingRequested", UUID.randomUUID(), "REQUESTED",
                    Instant.parse("2026-09-01T06:00:00Z"), Instant.parse("2026-09-01T10:00:00Z")));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ownerToken)
                    .get("/notifications").then().statusCode(200)
                    .body("items[0].status", equalTo("PENDING"))
                    .body("items[0].attempts", greaterThanOrEqualTo(2))
                    .body("items[0].error", notNullValue()));
        } finally {
            greenMail.start();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ownerToken)
                .get("/notifications").then().statusCode(200)
                .body("items[0].status", equalTo("SENT"))
                .body("items[0].attempts", greaterThanOrEqualTo(3)));
        await().atMost(Duration.ofSeconds(5)).until(() ->
                Mails.distinct(greenMail.getReceivedMessagesForDomain(s.providerDomain())).size() == 1);
    }
}
