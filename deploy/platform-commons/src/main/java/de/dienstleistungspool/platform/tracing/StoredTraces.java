package de.dienstleistungspool.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Continues a trace whose context was stored with queued work (an e-mail, a webhook delivery) when a worker does that
 * work later, on another thread: the work runs in a span whose parent is the stored traceparent, so it appears in the
 * trace of the change that queued it, and its log lines carry that trace.
 */
@Singleton
public class StoredTraces {

    @Inject
    Tracer tracer;

    /**
     * Runs the work in a client span named {@code name} of the stored trace (a new trace if {@code traceparent} is
     * null); an exception it throws marks the span as failed, and so does {@link #failed} called from the work.
     */
    public void continueIn(String name, String traceparent, Runnable work) {
        Span span = tracer.spanBuilder(name).setParent(TraceParent.parent(traceparent)).setSpanKind(SpanKind.CLIENT)
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            work.run();
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    /** Marks the current span as failed, for work that reports a failure instead of throwing it. */
    public static void failed(String reason) {
        Span.current().setStatus(StatusCode.ERROR, reason);
    }
}
