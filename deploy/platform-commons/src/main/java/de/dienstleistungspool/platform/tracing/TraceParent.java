package de.dienstleistungspool.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.List;

/**
 * The W3C {@code traceparent} text ({@code 00-<trace id>-<span id>-<flags>}) of a span, the form in which a trace
 * context is kept where no request carries it: with an outbox row until the relay sends it (and as the Kafka header of
 * that event), with a queued e-mail or webhook delivery until a dispatcher sends it. Written and read by
 * OpenTelemetry's own W3C propagator.
 */
public final class TraceParent {

    /** The header and column name. */
    public static final String NAME = "traceparent";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<String> ONE_VALUE = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(NAME);
        }

        @Override
        public String get(String carrier, String key) {
            return NAME.equals(key) ? carrier : null;
        }
    };

    private TraceParent() {
    }

    /** The traceparent of the current span, or null when nothing is traced here. */
    public static String current() {
        return of(Context.current());
    }

    /** The traceparent of the span in a context, or null if it has no valid span. */
    public static String of(Context context) {
        String[] value = new String[1];
        W3C.inject(context, value, (carrier, key, text) -> {
            if (NAME.equals(key)) {
                carrier[0] = text;
            }
        });
        return value[0];
    }

    /**
     * The context whose parent is the remote span a traceparent names, for a span that continues that trace; the root
     * context (a new trace) when the text is null or not a valid traceparent.
     */
    public static Context parent(String traceparent) {
        if (traceparent == null) {
            return Context.root();
        }
        Context extracted = W3C.extract(Context.root(), traceparent, ONE_VALUE);
        return Span.fromContext(extracted).getSpanContext().isValid() ? extracted : Context.root();
    }
}
