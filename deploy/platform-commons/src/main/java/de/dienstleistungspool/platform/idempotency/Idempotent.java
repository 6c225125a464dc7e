package de.dienstleistungspool.platform.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST resource method that creates something (or moves a booking) as idempotent: it runs at most once per
 * {@value #HEADER} and member, and a retry gets the first answer ({@link IdempotencyInterceptor}). The method declares
 * the header as a parameter, {@code @HeaderParam(Idempotent.HEADER) String idempotencyKey}, and returns a
 * {@code Response}.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {

    /** The request header that carries the key. */
    String HEADER = "Idempotency-Key";

    /** The header's description in the OpenAPI document. */
    String DESCRIPTION = "Required. One key per intended change (e.g. a UUID), 1 to 200 visible ASCII characters, kept "
            + "30 days per member. A retry with the same key and the same request gets the first answer again (header "
            + "Idempotent-Replayed: true) and changes nothing; the same key with another request is 422 "
            + "idempotency-key-reused; a concurrent retry waits until the first request has finished and then gets its answer.";
}
