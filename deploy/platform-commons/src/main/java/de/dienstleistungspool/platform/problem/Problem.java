package de.dienstleistungspool.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem document, the single error body every service answers with.
 *
 * @param type       URI naming the kind of problem ({@code urn:problem:<slug>})
 * @param title      short, stable summary of the kind of problem
 * @param status     HTTP status code
 * @param detail     explanation of this occurrence, written for the caller
 * @param instance   the request path that failed
 * @param violations field-level validation failures, only for validation problems
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance, List<Violation> violations) {

    /** Media type of problem documents. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: where it is and what is wrong with it. */
    public record Violation(String field, String message) {
    }

    public static Problem of(String slug, String title, int status, String detail, String instance) {
        return new Problem(URI.create("urn:problem:" + slug), title, status, detail, instance, null);
    }
}
