package de.dienstleistungspool.testinfra;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.function.Predicate;

/**
 * Keeps every span a service under test ends in memory, so a test can look at the trace a request or an event made;
 * the tests export nothing (platform-commons sets {@code %test.quarkus.otel.traces.exporter=none}), Quarkus adds
 * this processor to its tracer provider like any {@link SpanProcessor} bean.
 */
@Singleton
public class RecordedSpans {

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();

    @Produces
    @Singleton
    @Unremovable
    SpanProcessor processor() {
        return SimpleSpanProcessor.create(exporter);
    }

    /** The ended spans so far, oldest first. */
    public List<SpanData> all() {
        return exporter.getFinishedSpanItems();
    }

    /** The ended spans of one trace. */
    public List<SpanData> ofTrace(String traceId) {
        return matching(s -> s.getTraceId().equals(traceId));
    }

    /** The ended spans that match. */
    public List<SpanData> matching(Predicate<SpanData> test) {
        return all().stream().filter(test).toList();
    }
}
