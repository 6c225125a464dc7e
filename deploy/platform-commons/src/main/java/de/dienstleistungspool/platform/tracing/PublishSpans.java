package de.dienstleistungspool.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The outbox relay's span for each event it sends, a child of the span that wrote the event's outbox row (its stored
 * traceparent), so a batch of events from many requests keeps every event in its own trace. The span's own
 * traceparent goes with the record as a Kafka header, from which the consumers' channels continue the trace.
 */
@Singleton
public class PublishSpans {

    @Inject
    Tracer tracer;

    /**
     * Starts the publish span of one event (a new trace if the row carries none) and puts its traceparent on the
     * record; the caller ends it with {@link #acknowledged} or {@link #refused}.
     */
    public Span start(ProducerRecord<String, String> record, UUID eventId, String eventType, String traceparent) {
        Span span = tracer.spanBuilder(record.topic() + " publish")
                .setParent(TraceParent.parent(traceparent))
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.message.id", eventId.toString())
                .setAttribute("messaging.kafka.message.key", record.key())
                .setAttribute("event.type", eventType)
                .startSpan();
        String own = TraceParent.of(Context.root().with(span));
        if (own != null) {
            record.headers().add(TraceParent.NAME, own.getBytes(StandardCharsets.UTF_8));
        }
        return span;
    }

    /** Ends a publish span once Kafka acknowledged the event. */
    public void acknowledged(Span span) {
        span.end();
    }

    /** Ends a publish span whose event Kafka refused or that was not sent; the event goes again in a later round. */
    public void refused(Span span, Throwable reason) {
        if (reason != null) {
            span.recordException(reason);
        }
        span.setStatus(StatusCode.ERROR, "not acknowledged");
        span.end();
    }
}
