package de.dienstleistungspool.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.client.booking.api.BookingLifecycleApi;
import de.dienstleistungspool.client.booking.api.BookingsApi;
import de.dienstleistungspool.client.booking.model.BookingRequest;
import de.dienstleistungspool.client.booking.model.BookingView;
import de.dienstleistungspool.client.booking.model.Problem;
import de.dienstleistungspool.client.booking.model.QuantityUnit;
import de.dienstleistungspool.client.booking.model.Sector;
import de.dienstleistungspool.client.booking.model.SettlementMode;
import de.dienstleistungspool.client.booking.model.TransitionRequest;
import de.dienstleistungspool.client.municipality.api.TokensApi;
import de.dienstleistungspool.client.municipality.model.TokenAnswer;
import de.dienstleistungspool.client.pool.api.AvailabilityApi;
import de.dienstleistungspool.client.pool.api.CalendarFeedsApi;
import de.dienstleistungspool.client.pool.model.FeedSecret;
import de.dienstleistungspool.client.pool.model.OfferView;
import de.dienstleistungspool.client.pool.model.SearchHit;
import java.io.File;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The Wassermeister's journey through Java clients generated from the checked-in OpenAPI documents (docs/openapi, the
 * openapi-generator plugin of this module's pom), as an integrator would build it: token by client credentials,
 * search, book with an Idempotency-Key (a retry answers the same booking, a rival request a typed problem), the owner
 * confirms, the booking read back, and the owner's iCal feed fetched from the URL the API hands out.
 */
@Order(0)
class GeneratedClientJourneyTest extends StackTest {

    @Test
    void wassermeisterBooksThroughTheGeneratedClient() throws Exception {
        var dispatcher = pool(token("wanfried-dispatcher"));
        Instant day = Instant.now().plus(75, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
        String from = day.plus(6, ChronoUnit.HOURS).toString();
        String to = day.plus(14, ChronoUnit.HOURS).toString();

        List<SearchHit> hits = new AvailabilityApi(dispatcher)
                .search("SEWER_FLUSHING", from, "SERVICE", null, null, 0, null, null, "WASTEWATER", 20, to).getItems();
        OfferView offer = hits.stream().map(SearchHit::getOffer)
                .filter(o -> o.getSettlementModes().contains("MONETARY") && !o.getAutoConfirm())
                .findFirst().orElseThrow(() -> new AssertionError("a flushing offer to book: " + hits));

        var booking = booking(token("wanfried-dispatcher"));
        BookingRequest request = new BookingRequest().offerId(offer.getId())
                .start(OffsetDateTime.parse(from)).end(OffsetDateTime.parse(to))
                .settlementMode(SettlementMode.MONETARY).sector(Sector.WASTEWATER)
                .site("Wanfried, Marktstraße 1").scopeQuantity(new BigDecimal("8")).scopeUnit(QuantityUnit.HOUR);
        String key = UUID.randomUUID().toString();
        BookingView requested = new BookingsApi(booking).bookingRequest(key, request);
        assertEquals("REQUESTED", requested.getStatus());
        assertEquals(UUID.fromString(WANFRIED), requested.getConsumerMemberId());
        assertEquals(requested.getId(), new BookingsApi(booking).bookingRequest(key, request).getId(),
                "a retry with the same Idempotency-Key answers the same booking");

        var refused = assertThrows(de.dienstleistungspool.client.booking.ApiException.class,
                () -> new BookingsApi(booking).bookingRequest(UUID.randomUUID().toString(), request));
        assertEquals(409, refused.getCode());
        Problem problem = booking.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals(URI.create("urn:problem:booking-overlap"), problem.getType(), refused.getResponseBody());
        assertTrue(problem.getDetail().contains(offer.getId().toString()), problem.getDetail());

        String owner = JourneyTest.slug(offer.getOwnerMemberId().toString());
        var works = booking(token(owner + "-works-staff"));
        BookingView confirmed = new BookingLifecycleApi(works)
                .bookingActionConfirm(requested.getId(), UUID.randomUUID().toString(), new TransitionRequest());
        assertEquals("CONFIRMED", confirmed.getStatus());
        BookingView read = new BookingsApi(booking).bookingGet(requested.getId());
        assertEquals("CONFIRMED", read.getStatus());
        assertEquals(offer.getOwnerMemberId(), read.getProviderMemberId());
        assertEquals(OffsetDateTime.parse(from).toInstant(), read.getStart().toInstant());

        var worksPool = pool(token(owner + "-works-staff"));
        FeedSecret secret = new CalendarFeedsApi(worksPool).calendarRotate();
        assertEquals(STACK.service("pool").url("/calendar/members/" + offer.getOwnerMemberId() + ".ics?token="
                + secret.getToken()), secret.getMemberFeed().toString());
        var feeds = new CalendarFeedsApi(pool(null));
        String ics = await("the confirmed booking in the owner's feed", Duration.ofSeconds(30), () -> {
            try {
                File feed = feeds.calendarMemberFeed(offer.getOwnerMemberId(), secret.getToken());
                String text = Files.readString(feed.toPath());
                Files.delete(feed.toPath());
                return text.contains("UID:" + requested.getId()) ? text : null;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(ics.startsWith("BEGIN:VCALENDAR"), ics);
    }

    /** An access token through the generated municipality client: OAuth2 client credentials in the form. */
    private static String token(String clientId) throws Exception {
        var municipality = municipality();
        TokenAnswer answer = new TokensApi(municipality)
                .token("client_credentials", clientId, "demo-secret", null, null, null);
        assertEquals("Bearer", answer.getTokenType());
        assertNotNull(answer.getAccessToken());
        return answer.getAccessToken();
    }

    /** The generated clients of the three services, pointed at the stack, sending the bearer token (if any). */
    private static de.dienstleistungspool.client.pool.ApiClient pool(String bearer) {
        var client = new de.dienstleistungspool.client.pool.ApiClient();
        client.updateBaseUri(STACK.service("pool").url(""));
        return client.setRequestInterceptor(request -> authorize(request, bearer));
    }

    private static de.dienstleistungspool.client.booking.ApiClient booking(String bearer) {
        var client = new de.dienstleistungspool.client.booking.ApiClient();
        client.updateBaseUri(STACK.service("booking").url(""));
        return client.setRequestInterceptor(request -> authorize(request, bearer));
    }

    private static de.dienstleistungspool.client.municipality.ApiClient municipality() {
        var client = new de.dienstleistungspool.client.municipality.ApiClient();
        client.updateBaseUri(STACK.service("municipality").url(""));
        return client;
    }

    private static void authorize(HttpRequest.Builder request, String bearer) {
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
    }
}
