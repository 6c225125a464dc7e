package de.dienstleistungspool.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.e2e.stack.Api;
import de.dienstleistungspool.e2e.stack.OtlpReceiver;
import de.dienstleistungspool.e2e.stack.OtlpReceiver.Kind;
import de.dienstleistungspool.e2e.stack.WebhookReceiver;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * One booking is one trace through the whole stack: the services export their spans over OTLP to the test's receiver,
 * and the trace of a {@code POST /bookings} holds booking-service's request and publish spans, the consumer spans of
 * pool-, notification- and municipality-service (each a child of the publish span, across the broker) and
 * notification-service's e-mail and webhook delivery to the offer's owner.
 */
@Order(2)
class TraceJourneyTest extends StackTest {

    @Test
    void oneBookingIsOneTraceFromItsRequestToTheMailAndTheWebhook() {
        OtlpReceiver traces = STACK.traces;
        assertNotNull(traces, "the end-to-end stack exports its traces (e2e.traces)");
        String offer = createFlushingOffer("eschwege-works-staff", "Spülwagen Eschwege (Trace)");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Api.Reply hook = API.post("notification", "/webhooks", API.token("eschwege-member-admin"),
                    Map.of("url", receiver.url(), "eventTypes", List.of("BookingRequested")));
            assertEquals(201, hook.status(), hook.toString());
            Instant start = Instant.now().plus(260, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).plus(7, ChronoUnit.HOURS);

            String bookingId = book(API.token("wanfried-dispatcher"),
                    bookingBody(offer, start, start.plus(4, ChronoUnit.HOURS), "MONETARY")).get("id").asText();

            await("the BookingRequested webhook", Duration.ofSeconds(60), () -> receiver.received.stream()
                    .anyMatch(d -> d.body().contains(bookingId)));
            // the e-mail to the owner keeps the trace of the event that queued it
            String traceparent = await("the owner's e-mail", Duration.ofSeconds(60), () -> DB.rows("notification",
                    "select traceparent from notification where booking_id = ?::uuid and event_type = 'BookingRequested' "
                            + "and status = 'SENT'", bookingId).stream().map(r -> r.get(0)).findFirst().orElse(null));
            String traceId = traceparent.split("-")[1];

            List<OtlpReceiver.Span> trace = await("the whole trace at the receiver", Duration.ofSeconds(60), () -> {
                List<OtlpReceiver.Span> spans = traces.trace(traceId);
                return has(spans, "booking-service", Kind.SERVER, n -> n.contains("/bookings"))
                        && has(spans, "pool-service", Kind.CONSUMER, n -> n.contains("booking-events"))
                        && has(spans, "notification-service", Kind.CONSUMER, n -> n.contains("booking-events"))
                        && has(spans, "municipality-service", Kind.CONSUMER, n -> n.contains("booking-events"))
                        && has(spans, "notification-service", Kind.CLIENT, "mail send"::equals)
                        && has(spans, "notification-service", Kind.CLIENT, "webhook deliver"::equals) ? spans : null;
            });

            OtlpReceiver.Span request = only(trace, s -> s.kind() == Kind.SERVER && s.name().contains("/bookings"));
            assertEquals("", request.parentSpanId(), "the request starts the trace");
            Set<String> publishes = trace.stream().filter(s -> s.kind() == Kind.PRODUCER
                    && s.name().equals("booking-events publish")).map(OtlpReceiver.Span::spanId).collect(Collectors.toSet());
            assertEquals(1, publishes.size(), "one event, one publish span: " + trace);
            for (String consumer : List.of("pool-service", "notification-service", "municipality-service")) {
                assertTrue(trace.stream().anyMatch(s -> s.service().equals(consumer) && s.kind() == Kind.CONSUMER
                        && publishes.contains(s.parentSpanId())), consumer + "'s consumer span continues the publish span");
            }
            Set<String> notificationSpans = trace.stream().filter(s -> s.service().equals("notification-service"))
                    .map(OtlpReceiver.Span::spanId).collect(Collectors.toSet());
            for (String work : List.of("mail send", "webhook deliver")) {
                OtlpReceiver.Span sent = trace.stream().filter(s -> s.name().equals(work)).findFirst().orElseThrow();
                assertTrue(notificationSpans.contains(sent.parentSpanId()), work + " is a child of the consumer's work");
            }
        }
    }

    private static boolean has(List<OtlpReceiver.Span> spans, String service, Kind kind, Predicate<String> name) {
        return spans.stream().anyMatch(s -> s.service().equals(service) && s.kind() == kind && name.test(s.name()));
    }

    private static OtlpReceiver.Span only(List<OtlpReceiver.Span> spans, Predicate<OtlpReceiver.Span> wanted) {
        List<OtlpReceiver.Span> found = spans.stream().filter(wanted).toList();
        assertEquals(1, found.size(), "exactly one such span: " + found);
        return found.get(0);
    }
}
