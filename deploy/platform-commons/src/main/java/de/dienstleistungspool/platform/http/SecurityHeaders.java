package de.dienstleistungspool.platform.http;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Puts the browser security headers on every response of the service (API answers, errors, health, metrics, Swagger
 * UI): HSTS, so a browser that once reached the API over HTTPS never falls back to HTTP; {@code nosniff}, so no answer
 * is run as a script or style it is not; and {@code frame-ancestors 'none'} (with the older {@code X-Frame-Options}),
 * so no other site can frame a page of ours. A header a response already sets is left as it is.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            rc.addHeadersEndHandler(ignored -> add(rc.response().headers()));
            rc.next();
        });
    }

    static void add(MultiMap headers) {
        addIfAbsent(headers, "Strict-Transport-Security", HSTS);
        addIfAbsent(headers, "X-Content-Type-Options", "nosniff");
        addIfAbsent(headers, "Content-Security-Policy", "frame-ancestors 'none'");
        addIfAbsent(headers, "X-Frame-Options", "DENY");
        addIfAbsent(headers, "Referrer-Policy", "no-referrer");
    }

    private static void addIfAbsent(MultiMap headers, String name, String value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }
}
