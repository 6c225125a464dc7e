package de.dienstleistungspool.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.Webhook;
import de.dienstleistungspool.e2e.stack.Api;
import de.dienstleistungspool.e2e.stack.WebhookReceiver;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The three users' journey through all four services: a Wassermeister's API client finds and books the nearest
 * sewer-flushing service, the owner confirms it (e-mail and signed webhook arrive), works staff see it busy in the
 * availability and their next job in the iCal feed, record the completion, accounting sees the ledger line, and the
 * coordinator closes the year with statements and an XRechnung to show for it. The booking lies in last year (the
 * stack lets bookings be recorded 500 days back) so that its year, past its grace period, can be closed today.
 */
@Order(1)
class JourneyTest extends StackTest {

    static final Instant START = Instant.parse("2025-12-02T07:00:00Z");
    static final Instant END = Instant.parse("2025-12-02T15:00:00Z");
    static final DateTimeFormatter ICAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Test
    void wassermeisterBooksTheNearestFlushingServiceAndTheYearClosesWithItsStatement() throws Exception {
        createFlushingOffer("eschwege-works-staff", "Kanalspülfahrzeug mit Besatzung");
        createFlushingOffer("witzenhausen-works-staff", "Spülwagen Witzenhausen");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Api.Reply hook = API.post("notification", "/webhooks", API.token("wanfried-member-admin"),
                    Map.of("url", receiver.url(), "eventTypes", List.of("BookingConfirmed", "BookingCompleted")));
            assertEquals(201, hook.status(), hook.toString());
            String secret = hook.json().get("secret").asText();

            // the dispatcher's client: token, search from Wanfried, book the first (nearest) hit
            String dispatcher = API.token("wanfried-dispatcher");
            Api.Reply search = API.get("pool", "/search?kind=SERVICE&category=SEWER_FLUSHING&sector=WASTEWATER&lat="
                    + WANFRIED_LAT + "&lon=" + WANFRIED_LON + "&from=" + START + "&to=" + END, dispatcher);
            assertEquals(200, search.status(), search.toString());
            JsonNode hits = search.json().get("items");
            assertTrue(hits.size() >= 2, search.toString());
            for (int i = 1; i < hits.size(); i++) {
                assertTrue(hits.get(i - 1).get("distanceKm").decimalValue()
                        .compareTo(hits.get(i).get("distanceKm").decimalValue()) <= 0, "nearest first: " + search);
            }
            JsonNode chosen = null;
            for (JsonNode hit : hits) { // the nearest that is invoiced in money and confirmed by its owner
                if (chosen == null && hit.get("offer").get("settlementModes").toString().contains("MONETARY")
                        && !hit.get("offer").get("autoConfirm").asBoolean()) {
                    chosen = hit.get("offer");
                }
            }
            String nearest = chosen.get("id").asText();
            String owner = slug(chosen.get("ownerMemberId").asText());
            String bookingId = book(dispatcher, bookingBody(nearest, START, END, "MONETARY")).get("id").asText();

            // the owner's works staff confirm; the requester gets the e-mail and the signed webhook
            String works = API.token(owner + "-works-staff");
            assertEquals(200, transition(bookingId, "confirm", works, Map.of()).status());
            await("the confirmation e-mail", Duration.ofSeconds(30), () -> MAIL.messages("dispatcher@wanfried.demo")
                    .stream().anyMatch(m -> m[0].startsWith("Buchung bestätigt") && m[1].contains(bookingId)));
            WebhookReceiver.Delivery confirmed = await("the BookingConfirmed webhook", Duration.ofSeconds(30),
                    () -> receiver.received.stream().filter(d -> d.body().contains("BookingConfirmed")
                            && d.body().contains(bookingId)).findFirst().orElse(null));
            // verified as the Wassermeister's software would: with the official Standard Webhooks library
            new Webhook(secret).verify(confirmed.body(), confirmed.headers());

            // works staff see the offer busy in availability and in the iCal feed
            String availability = "/offers/" + nearest + "/availability?from=2025-12-01T00:00:00Z&to=2025-12-04T00:00:00Z";
            JsonNode busy = await("the projection of the confirmed booking", Duration.ofSeconds(30), () -> {
                for (JsonNode b : API.get("pool", availability, works).json().get("busy")) {
                    if (bookingId.equals(b.path("bookingId").asText()) && "CONFIRMED".equals(b.path("status").asText())) {
                        return b;
                    }
                }
                return null;
            });
            assertEquals(START.toString(), busy.get("start").asText());
            // the feed covers the last 90 days and the coming months: the crew's next job (next week) is in it
            Instant soon = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).plus(6, ChronoUnit.HOURS);
            String next = book(dispatcher, bookingBody(nearest, soon, soon.plus(4, ChronoUnit.HOURS), "MONETARY"))
                    .get("id").asText();
            assertEquals(200, transition(next, "confirm", works, Map.of()).status());
            String feed = API.post("pool", "/calendar/secret", works, null).json().get("offerFeedTemplate").asText()
                    .replace("{offerId}", nearest);
            String ics = await("the next job in the iCal feed", Duration.ofSeconds(30), () -> {
                String body = API.call("pool", "GET", feed.substring(feed.indexOf("/calendar")), null, null, null).body();
                return body.contains("UID:" + next) ? body : null;
            });
            assertTrue(ics.contains("DTSTART:" + ICAL.format(soon)), ics);

            // start and complete with usage
            assertEquals(200, transition(bookingId, "start", works, Map.of()).status());
            Api.Reply done = transition(bookingId, "complete", works,
                    Map.of("usage", Map.of("quantity", new BigDecimal("7.5"), "unit", "HOUR")));
            assertEquals(200, done.status(), done.toString());
            await("the BookingCompleted webhook", Duration.ofSeconds(30), () -> receiver.received.stream()
                    .anyMatch(d -> d.body().contains("BookingCompleted") && d.body().contains(bookingId)));

            // accounting of the consumer sees the ledger line, valued at the region's 2025 rate
            String accounting = API.token("wanfried-accounting");
            JsonNode line = await("the ledger line", Duration.ofSeconds(30), () -> {
                for (JsonNode l : API.get("municipality", "/settlement/ledger?year=2025", accounting).json().get("items")) {
                    if (bookingId.equals(l.path("bookingId").asText()) && WANFRIED.equals(l.path("memberId").asText())) {
                        return l;
                    }
                }
                return null;
            });
            assertEquals(0, new BigDecimal("7.5").compareTo(line.get("quantity").decimalValue()));
            assertEquals(0, line.get("rate").decimalValue().multiply(new BigDecimal("7.5"))
                    .compareTo(line.get("amount").decimalValue()), line.toString());

            closeYearAndFetchDocuments(bookingId, owner, chosen.get("ownerMemberId").asText());
        }
    }

    private void closeYearAndFetchDocuments(String bookingId, String owner, String ownerId) {
        String coordinator = API.token("wmk-coordinator");
        Api.Reply preview = API.post("municipality", "/settlement/years/2025/close-preview", coordinator, null);
        assertEquals(200, preview.status(), preview.toString());
        assertEquals(404, API.get("municipality", "/settlement/years/2025/close", coordinator).status(),
                "a dry run closes nothing");
        Api.Reply close = API.post("municipality", "/settlement/years/2025/close", coordinator, null);
        assertEquals(201, close.status(), close.toString());
        assertEquals(200, API.get("municipality", "/settlement/years/2025/close", coordinator).status());
        assertEquals(409, API.post("municipality", "/settlement/years/2025/close", coordinator, null).status());

        String accounting = API.token("wanfried-accounting");
        String report = "/settlement/reports/members/" + WANFRIED + "?year=2025&sector=WASTEWATER&format=";
        Api.Reply csv = API.get("municipality", report + "csv", accounting);
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.toString());
        assertTrue(csv.body().contains("Kanalspülfahrzeug") || csv.body().contains(bookingId), csv.body());
        Api.Reply pdf = API.get("municipality", report + "pdf", accounting);
        assertEquals(200, pdf.status());
        assertTrue(pdf.body().startsWith("%PDF"), "a PDF document");

        Api.Reply billing = API.put("municipality", "/settlement/billing-details/" + ownerId,
                API.token(owner + "-accounting"), Map.of("taxNumber", "025 123 45678", "iban",
                        "DE89370400440532013000", "bic", "COBADEFFXXX"));
        assertEquals(200, billing.status(), billing.toString());
        Api.Reply issued = API.post("municipality", "/settlement/invoices/bookings/" + bookingId,
                API.token(owner + "-accounting"), null);
        assertEquals(201, issued.status(), issued.toString());
        Api.Reply invoice = API.get("municipality", "/settlement/invoices/bookings/" + bookingId,
                API.token(owner + "-accounting"));
        assertEquals(200, invoice.status(), invoice.toString());
        assertTrue(invoice.body().contains("CrossIndustryInvoice"), invoice.body());
        assertTrue(invoice.body().contains(bookingId) || invoice.body().contains("1087.50")
                || invoice.body().contains("Kanalspülfahrzeug"), invoice.body());
    }

    static final String[] SLUGS = {"eschwege", "witzenhausen", "hessisch-lichtenau", "sontra", "bad-sooden-allendorf",
        "grossalmerode", "wanfried", "waldkappel", "herleshausen", "meinhard", "wehretal", "berkatal", "meissner",
        "neu-eichenberg", "ringgau", "weissenborn", "stadtwerke-eschwege", "av-wehretal", "ea-witzenhausen"};

    /** The demo client prefix of a demo member (docs/DEMO.md: member NN has the NN-th slug). */
    static String slug(String memberId) {
        return SLUGS[Integer.parseInt(memberId.substring(memberId.length() - 2)) - 1];
    }
}
