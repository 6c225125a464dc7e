package de.dienstleistungspool.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.platform.messaging.EventConsumer;
import de.dienstleistungspool.testinfra.RecordedSpans;
import de.dienstleistungspool.testinfra.TopicRecords;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/**
 * One trace crosses the broker: the event of a booking request carries the request's trace (outbox row, relay,
 * Kafka header {@code traceparent}), and an event booking-service consumes continues the trace of its producer, down
 * to the events its consumer publishes in turn; the consumer's log lines name the trace and the event's member.
 */
@QuarkusTest
class TracesAcrossKafkaTest {

    private static final Instant DAY = Instant.now().plus(Duration.ofDays(400)).truncatedTo(ChronoUnit.DAYS);

    @Inject
    RecordedSpans spans;

    @Test
    void aBookingsEventCarriesTheTraceOfItsRequest() {
        UUID offer = PoolFeed.equipment(PoolFeed.ESCHWEGE, 0);
        UUID booking = Api.booked(PoolFeed.WANFRIED, offer, DAY, DAY.plus(Duration.ofHours(4)));

        ConsumerRecord<String, String> requested = BookingEventsTopic.of(offer, 1, Duration.ofSeconds(30)).get(0);
        String header = TopicRecords.header(requested, "traceparent");
        assertNotNull(header, "the relay sends the traceparent header");
        SpanData server = awaitSpan(s -> s.getKind() == SpanKind.SERVER && s.getName().contains("/bookings")
                && s.getTraceId().equals(traceId(header)));
        SpanData publish = awaitSpan(s -> s.getSpanId().equals(spanId(header)));
        assertEquals("booking-events publish", publish.getName());
        assertEquals(SpanKind.PRODUCER, publish.getKind());
        assertEquals(server.getTraceId(), publish.getTraceId(), "the event is in the trace of POST /bookings");
        assertTrue(spans.ofTrace(server.getTraceId()).stream().anyMatch(s -> s.getSpanId().equals(publish.getParentSpanId())),
                "the publish span's parent is a span of the request (the one that wrote the outbox row)");
        assertTrue(requested.value().contains(booking.toString()));
    }

    @Test
    void anEventsConsumerContinuesItsProducersTraceDownToTheEventsItPublishes() {
        UUID offer = PoolFeed.equipment(PoolFeed.ESCHWEGE, 0);
        Instant start = DAY.plus(Duration.ofDays(3));
        Api.booked(PoolFeed.WANFRIED, offer, start, start.plus(Duration.ofHours(4)));
        String producerTrace = hex(16);
        String producerSpan = hex(8);

        List<ExtLogRecord> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                ExtLogRecord line = (ExtLogRecord) record;
                line.copyMdc();
                lines.add(line);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger skeleton = Logger.getLogger(EventConsumer.class.getName());
        Level before = skeleton.getLevel();
        skeleton.setLevel(Level.FINE);
        skeleton.addHandler(capture);
        try {
            PoolFeed.blackout(offer, PoolFeed.ESCHWEGE, start.minus(Duration.ofHours(1)), start.plus(Duration.ofHours(5)),
                    "00-" + producerTrace + "-" + producerSpan + "-01");
        } finally {
            skeleton.removeHandler(capture);
            skeleton.setLevel(before);
        }
        ExtLogRecord applied = lines.stream().filter(l -> l.getFormattedMessage().startsWith("BlackoutAdded"))
                .findFirst().orElseThrow();
        assertEquals(PoolFeed.ESCHWEGE.toString(), applied.getMdc("memberId"), "the consumer's lines name the event's member");
        assertEquals(producerTrace, applied.getMdc("traceId"), "and the trace it continues");

        SpanData consumer = awaitSpan(s -> s.getKind() == SpanKind.CONSUMER && s.getTraceId().equals(producerTrace));
        assertEquals(producerSpan, consumer.getParentSpanId(), "the consumer's span is a child of the producer's");
        List<ConsumerRecord<String, String>> records = BookingEventsTopic.of(offer, 2, Duration.ofSeconds(30));
        ConsumerRecord<String, String> withdrawn = records.stream()
                .filter(r -> "BookingWithdrawn".equals(TopicRecords.header(r, "event-type"))).findFirst().orElseThrow();
        assertEquals(producerTrace, traceId(TopicRecords.header(withdrawn, "traceparent")),
                "the withdrawal the blackout caused goes on in the blackout's trace");
    }

    private SpanData awaitSpan(java.util.function.Predicate<SpanData> wanted) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> spans.matching(wanted), found -> !found.isEmpty()).get(0);
    }

    private static String traceId(String traceparent) {
        return traceparent.split("-")[1];
    }

    private static String spanId(String traceparent) {
        return traceparent.split("-")[2];
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
