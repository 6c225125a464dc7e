package de.dienstleistungspool.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.dienstleistungspool.e2e.stack.Api;
import de.dienstleistungspool.e2e.stack.WebhookReceiver;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The days that go wrong, through all four services: a blackout withdraws a confirmed booking and the requester's
 * webhook receiver gets the withdrawal with an equivalent offer, which it rebooks in one call; an extension succeeds
 * into a free period and answers 409 into a booked one; a cancellation hands the slot to the first waitlist entry,
 * expiry passes it on; an emergency request on a Saturday night books the nearest free emergency-enabled offer and
 * mails the owner's on-call contact; the coordinator lists the region's bookings and gets 403 on changing one.
 */
@Order(6)
class RecoveryJourneyTest extends StackTest {

    private static final Instant DAY = Instant.now().plus(Duration.ofDays(200)).truncatedTo(ChronoUnit.DAYS);

    @Test
    void aBlackoutWithdrawsTheBookingAndTheRequesterRebooksAnEquivalentOfferFromTheWebhook() {
        String category = category("E2E_FLUSH");
        String broken = createOffer("eschwege-works-staff", category, false, null);
        String equivalent = createOffer("witzenhausen-works-staff", category, false, null);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Api.Reply hook = API.post("notification", "/webhooks", API.token("wanfried-member-admin"),
                    Map.of("url", receiver.url(), "eventTypes", List.of("BookingWithdrawn")));
            assertEquals(201, hook.status(), hook.toString());
            String dispatcher = API.token("wanfried-dispatcher");
            Instant start = DAY.plus(Duration.ofHours(6));
            Instant end = start.plus(Duration.ofHours(8));
            String booking = book(dispatcher, body(broken, start, end)).get("id").asText();
            assertEquals(200, transition(booking, "confirm", API.token("eschwege-works-staff"), Map.of()).status());

            Api.Reply blackout = API.post("pool", "/offers/" + broken + "/blackouts", API.token("eschwege-works-staff"),
                    Map.of("start", start.minus(Duration.ofHours(2)).toString(), "end", end.toString(),
                            "reason", "Hydraulikschaden"));
            assertEquals(201, blackout.status(), blackout.toString());

            WebhookReceiver.Delivery withdrawn = await("the BookingWithdrawn webhook", Duration.ofSeconds(60),
                    () -> receiver.received.stream().filter(d -> d.body().contains(booking)).findFirst().orElse(null));
            JsonNode event = json(withdrawn.body());
            assertEquals("BookingWithdrawn", event.get("eventType").asText());
            assertTrue(event.get("alternatives").size() >= 1, withdrawn.body());
            String alternative = event.get("alternatives").get(0).get("offerId").asText();
            assertEquals(equivalent, alternative);

            Api.Reply rebooked = postIdempotent("booking", "/bookings/" + booking + "/rebook", dispatcher,
                    Map.of("offerId", alternative), UUID.randomUUID().toString());
            assertEquals(201, rebooked.status(), rebooked.toString());
            assertEquals(booking, rebooked.json().get("replacesBookingId").asText());
            assertEquals(start.toString(), rebooked.json().get("start").asText());
            await("the withdrawal e-mail", Duration.ofSeconds(30), () -> MAIL.messages("dispatcher@wanfried.demo").stream()
                    .anyMatch(m -> m[0].startsWith("Buchung zurückgezogen") && m[1].contains(booking)));
            await("the withdrawal counted in utilisation", Duration.ofSeconds(30), () -> {
                Api.Reply u = API.get("pool", "/utilisation?year=" + start.atZone(ZoneId.of("Europe/Berlin")).getYear()
                        + "&groupBy=offer&granularity=year", API.token("eschwege-accounting"));
                for (JsonNode row : u.json().get("rows")) {
                    if (row.get("key").asText().equals(broken) && row.get("withdrawals").asInt() == 1) {
                        return true;
                    }
                }
                return null;
            });
        }
    }

    @Test
    void anExtensionIntoAFreePeriodSucceedsAndIntoABookedOneAnswers409() {
        String offer = createOffer("eschwege-works-staff", category("E2E_EXTEND"), true, null);
        String dispatcher = API.token("wanfried-dispatcher");
        Instant start = DAY.plus(Duration.ofDays(2)).plus(Duration.ofHours(6));
        String booking = book(dispatcher, body(offer, start, start.plus(Duration.ofHours(4)))).get("id").asText();
        String next = book(API.token("sontra-dispatcher"), body(offer, start.plus(Duration.ofHours(8)),
                start.plus(Duration.ofHours(10)))).get("id").asText();

        Api.Reply free = transition(booking, "extend", dispatcher, Map.of("end", start.plus(Duration.ofHours(6)).toString()));
        assertEquals(200, free.status(), free.toString());
        assertEquals(start.plus(Duration.ofHours(6)).toString(), free.json().get("end").asText());
        Api.Reply taken = transition(booking, "extend", dispatcher, Map.of("end", start.plus(Duration.ofHours(9)).toString()));
        assertEquals(409, taken.status(), taken.toString());
        assertTrue(taken.isProblem() && taken.json().get("detail").asText().contains(next), taken.toString());
    }

    @Test
    void aCancellationHandsTheSlotToTheFirstWaitlistEntryOnceAndExpiryPassesItOn() throws Exception {
        String offer = createOffer("eschwege-works-staff", category("E2E_WAIT"), false, null);
        Instant start = DAY.plus(Duration.ofDays(4)).plus(Duration.ofHours(6));
        Instant end = start.plus(Duration.ofHours(8));
        String holder = API.token("wanfried-dispatcher");
        String taken = book(holder, body(offer, start, end)).get("id").asText();
        List<String> entries = new ArrayList<>();
        String[] queue = {"sontra-dispatcher", "witzenhausen-dispatcher"};
        for (int i = 0; i < 16; i++) {
            Map<String, Object> entry = new HashMap<>(body(offer, start.plus(Duration.ofMinutes(i)), end));
            entry.put("expiresAt", start.toString());
            Api.Reply joined = postIdempotent("booking", "/waitlist-entries", API.token(queue[i % 2]), entry,
                    UUID.randomUUID().toString());
            assertEquals(201, joined.status(), joined.toString());
            entries.add(joined.json().get("id").asText());
        }

        assertEquals(200, transition(taken, "cancel", holder, Map.of("reason", "entfällt")).status());
        String sontra = API.token("sontra-dispatcher");
        Api.Reply first = API.get("booking", "/waitlist-entries/" + entries.get(0), sontra);
        assertEquals("OFFERED", first.json().get("status").asText(), first.toString());
        String held = first.json().get("bookingId").asText();
        assertEquals(1, DB.count("booking", "select count(*) from booking where offer_id = ?::uuid and status = 'HELD'", offer));
        await("the held-slot e-mail", Duration.ofSeconds(30), () -> MAIL.messages("dispatcher@sontra.demo").stream()
                .anyMatch(m -> m[0].startsWith("Zeitraum für Sie reserviert") && m[1].contains(held)));

        // sixteen claims of the held slot at once (retries from the member's software): one takes it
        ExecutorService pool = Executors.newFixedThreadPool(16);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> claims = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                claims.add(pool.submit(() -> {
                    go.await();
                    int status = postIdempotent("booking", "/bookings/" + held + "/claim", sontra, Map.of(),
                            UUID.randomUUID().toString()).status();
                    statuses.merge(status, 1, Integer::sum);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : claims) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Map.of(200, 1, 409, 15), statuses);
        assertEquals(0, DB.count("booking", "select count(*) from booking where offer_id = ?::uuid and status = 'HELD'", offer));

        // the claimed request is cancelled again: the next entry gets the slot, and its hold ends unclaimed
        assertEquals(200, transition(held, "cancel", sontra, Map.of()).status());
        String witzenhausen = API.token("witzenhausen-dispatcher");
        String secondHeld = await("the slot held for the next entry", Duration.ofSeconds(30), () -> {
            Api.Reply e = API.get("booking", "/waitlist-entries/" + entries.get(1), witzenhausen);
            return "OFFERED".equals(e.json().get("status").asText()) ? e.json().get("bookingId").asText() : null;
        });
        try (Connection c = DB.connect("booking"); PreparedStatement s = c.prepareStatement(
                "update booking set hold_expires_at = now() - interval '1 second' where id = ?::uuid")) {
            s.setString(1, secondHeld);
            assertEquals(1, s.executeUpdate());
        }
        await("expiry passing the slot on", Duration.ofSeconds(60), () ->
                "OFFERED".equals(API.get("booking", "/waitlist-entries/" + entries.get(2), sontra).json().get("status").asText()));
        assertEquals("EXPIRED", API.get("booking", "/bookings/" + secondHeld, witzenhausen).json().get("status").asText());
        assertEquals(1, DB.count("booking", "select count(*) from booking where offer_id = ?::uuid and status = 'HELD'", offer));
    }

    @Test
    void anEmergencyOnASaturdayNightBooksTheNearestFreeEmergencyOfferAndMailsItsOnCallContact() {
        String category = category("E2E_PUMP");
        String onCall = "rufbereitschaft-" + UUID.randomUUID().toString().substring(0, 8) + "@witzenhausen.demo";
        createOffer("eschwege-works-staff", category, false, null); // nearer to Wanfried, but no emergency use
        String pump = createOffer("witzenhausen-works-staff", category, false, onCall);
        Instant saturdayNight = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(3)
                .with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).atTime(LocalTime.of(23, 0))
                .atZone(ZoneId.of("Europe/Berlin")).toInstant();
        Map<String, Object> request = new HashMap<>();
        request.put("category", category);
        request.put("sector", "WASTEWATER");
        request.put("latitude", Double.parseDouble(WANFRIED_LAT));
        request.put("longitude", Double.parseDouble(WANFRIED_LON));
        request.put("site", "Wanfried, Rohrbruch Marktstraße");
        request.put("start", saturdayNight.toString());
        request.put("end", saturdayNight.plus(Duration.ofHours(8)).toString());
        request.put("settlementMode", "MONETARY");
        Api.Reply booked = postIdempotent("booking", "/emergency-requests", API.token("wanfried-dispatcher"), request,
                UUID.randomUUID().toString());
        assertEquals(201, booked.status(), booked.toString());
        assertEquals(pump, booked.json().get("booking").get("offerId").asText());
        assertEquals("CONFIRMED", booked.json().get("booking").get("status").asText());
        String bookingId = booked.json().get("booking").get("id").asText();
        await("the urgent mail to the on-call contact", Duration.ofSeconds(60), () -> MAIL.messages(onCall).stream()
                .anyMatch(m -> m[0].startsWith("DRINGEND") && m[1].contains(bookingId)));
    }

    @Test
    void theCoordinatorListsTheRegionsBookingsAndGets403OnChangingOne() {
        String offer = createOffer("eschwege-works-staff", category("E2E_COORD"), false, null);
        Instant start = DAY.plus(Duration.ofDays(6)).plus(Duration.ofHours(6));
        String booking = book(API.token("wanfried-dispatcher"), body(offer, start, start.plus(Duration.ofHours(3))))
                .get("id").asText();
        String coordinator = API.token("wmk-coordinator");
        Api.Reply list = API.get("booking", "/region/bookings?offerId=" + offer, coordinator);
        assertEquals(200, list.status(), list.toString());
        assertEquals(booking, list.json().get("items").get(0).get("id").asText());
        assertEquals(200, API.get("booking", "/bookings/" + booking + "/history", coordinator).status());
        Api.Reply cancel = transition(booking, "cancel", coordinator, Map.of("reason", "Koordination"));
        assertEquals(403, cancel.status(), cancel.toString());
        assertTrue(cancel.isProblem());
        assertEquals("REQUESTED", API.get("booking", "/bookings/" + booking, coordinator).json().get("status").asText());
    }

    private static String category(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** An equipment offer (per hour, no buffer) of the works staff's member at its main depot; on call: emergency use. */
    private static String createOffer(String worksStaffClient, String category, boolean autoConfirm, String onCallEmail) {
        Map<String, Object> offer = new HashMap<>(Map.of("kind", "EQUIPMENT", "category", category, "title", category,
                "sectors", new String[] {"WASTEWATER"}, "unit", "HOUR", "bufferMinutes", 0,
                "settlementModes", new String[] {"MONETARY", "NON_MONETARY"}, "autoConfirm", autoConfirm));
        if (onCallEmail != null) {
            offer.put("emergencyUse", true);
            offer.put("onCall", Map.of("name", "Rufbereitschaft", "email", onCallEmail, "phone", "+49 5542 508-0"));
        }
        Api.Reply r = API.post("pool", "/offers", API.token(worksStaffClient), offer);
        assertEquals(201, r.status(), r.toString());
        String id = r.json().get("id").asText();
        await("the offer in the booking service", Duration.ofSeconds(60),
                () -> DB.count("booking", "select count(*) from offer where offer_id = ?::uuid", id) == 1);
        return id;
    }

    private static Map<String, Object> body(String offerId, Instant start, Instant end) {
        return Map.of("offerId", offerId, "start", start.toString(), "end", end.toString(), "settlementMode", "MONETARY");
    }

    private static JsonNode json(String body) {
        try {
            return Api.JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
