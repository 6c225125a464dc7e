package de.dienstleistungspool.e2e.stack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A collector for the stack's traces, on localhost: it takes what the services' OTLP exporters send over HTTP
 * (protobuf {@code ExportTraceServiceRequest}, the OpenTelemetry protocol) and keeps the spans' identity (service,
 * trace, span, parent, name, kind), so a test can follow one trace through all four services.
 */
public final class OtlpReceiver implements AutoCloseable {

    /** One span as exported; {@code parentSpanId} is empty for a trace's root. */
    public record Span(String service, String traceId, String spanId, String parentSpanId, String name, Kind kind) {
    }

    /** OTLP's span kinds, by their protobuf numbers. */
    public enum Kind { UNSPECIFIED, INTERNAL, SERVER, CLIENT, PRODUCER, CONSUMER }

    /** The most spans kept; older ones are dropped, so a long run does not fill the test JVM. */
    private static final int KEPT = 50_000;

    private final HttpServer server;
    private final ConcurrentLinkedDeque<Span> spans = new ConcurrentLinkedDeque<>();

    public OtlpReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                try {
                    read(new ProtoReader(body));
                    exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                    exchange.sendResponseHeaders(200, -1); // an empty ExportTraceServiceResponse
                } catch (RuntimeException e) {
                    exchange.sendResponseHeaders(400, -1);
                }
            }
        });
        server.start();
    }

    /** The base address for {@code quarkus.otel.exporter.otlp.traces.endpoint}. */
    public String endpoint() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The spans of one trace received so far. */
    public List<Span> trace(String traceId) {
        return spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
    }

    /** How many spans were received in all (at most the last {@value #KEPT} are kept). */
    public int count() {
        return spans.size();
    }

    /** ExportTraceServiceRequest: 1 resource_spans; ResourceSpans: 1 resource, 2 scope_spans; ScopeSpans: 2 spans. */
    private void read(ProtoReader request) {
        while (request.more()) {
            int tag = request.tag();
            if (tag >>> 3 != 1) {
                request.skip(tag);
                continue;
            }
            ProtoReader resourceSpans = request.message();
            String service = "";
            while (resourceSpans.more()) {
                int t = resourceSpans.tag();
                if (t >>> 3 == 1) {
                    service = serviceName(resourceSpans.message());
                } else if (t >>> 3 == 2) {
                    ProtoReader scopeSpans = resourceSpans.message();
                    while (scopeSpans.more()) {
                        int s = scopeSpans.tag();
                        if (s >>> 3 == 2) {
                            keep(span(service, scopeSpans.message()));
                        } else {
                            scopeSpans.skip(s);
                        }
                    }
                } else {
                    resourceSpans.skip(t);
                }
            }
        }
    }

    private void keep(Span span) {
        spans.add(span);
        while (spans.size() > KEPT) {
            spans.pollFirst();
        }
    }

    /** Resource: 1 attributes (KeyValue: 1 key, 2 value; AnyValue: 1 string_value); the value of service.name. */
    private static String serviceName(ProtoReader resource) {
        String service = "";
        while (resource.more()) {
            int tag = resource.tag();
            if (tag >>> 3 != 1) {
                resource.skip(tag);
                continue;
            }
            ProtoReader keyValue = resource.message();
            String key = null;
            String value = null;
            while (keyValue.more()) {
                int t = keyValue.tag();
                if (t >>> 3 == 1) {
                    key = keyValue.string();
                } else if (t >>> 3 == 2) {
                    ProtoReader any = keyValue.message();
                    while (any.more()) {
                        int a = any.tag();
                        if (a >>> 3 == 1) {
                            value = any.string();
                        } else {
                            any.skip(a);
                        }
                    }
                } else {
                    keyValue.skip(t);
                }
            }
            if ("service.name".equals(key) && value != null) {
                service = value;
            }
        }
        return service;
    }

    /** Span: 1 trace_id, 2 span_id, 4 parent_span_id, 5 name, 6 kind. */
    private static Span span(String service, ProtoReader span) {
        HexFormat hex = HexFormat.of();
        String traceId = "";
        String spanId = "";
        String parent = "";
        String name = "";
        Kind kind = Kind.UNSPECIFIED;
        while (span.more()) {
            int tag = span.tag();
            switch (tag >>> 3) {
                case 1 -> traceId = hex.formatHex(span.bytes());
                case 2 -> spanId = hex.formatHex(span.bytes());
                case 4 -> parent = hex.formatHex(span.bytes());
                case 5 -> name = span.string();
                case 6 -> kind = Kind.values()[Math.min((int) span.varint(), Kind.values().length - 1)];
                default -> span.skip(tag);
            }
        }
        return new Span(service, traceId, spanId, parent, name, kind);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
