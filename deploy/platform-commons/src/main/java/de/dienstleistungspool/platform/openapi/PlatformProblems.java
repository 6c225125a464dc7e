package de.dienstleistungspool.platform.openapi;

import de.dienstleistungspool.platform.idempotency.Idempotent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The refusals the platform itself answers around a resource method (problem mappers, token checks, the idempotency
 * interceptor, the body limit), and which operations can get each: a body can be malformed or too large, a typed
 * parameter malformed, a secured operation unauthenticated or forbidden, an idempotent one without or with a reused
 * key. Their slugs are those of {@code ProblemMappers}, {@code RevocationFilter}, {@code ClaimsCrossCheck},
 * {@code IdempotencyInterceptor} and {@code BodyLimitGuard}.
 */
final class PlatformProblems {

    private static final Map<String, String[]> KNOWN = Map.ofEntries(
            Map.entry("malformed-body", new String[] {"Malformed request body", "The body is not JSON of the expected shape"}),
            Map.entry("validation", new String[] {"Invalid request", "title: must not be blank"}),
            Map.entry("invalid-parameter", new String[] {"Invalid parameter", "'from' is not a valid instant"}),
            Map.entry("idempotency-key-required", new String[] {"Bad request", "This request needs an Idempotency-Key header"}),
            Map.entry("idempotency-key-reused", new String[] {"Unprocessable request",
                "Idempotency-Key 'k1' was used for another request"}),
            Map.entry("unauthenticated", new String[] {"Unauthenticated", "A valid bearer token is required"}),
            Map.entry("revoked-credential", new String[] {"Unauthenticated", "The token's credential has been revoked"}),
            Map.entry("contradicted-claims", new String[] {"Unauthenticated", "The token's member or region is not known here"}),
            Map.entry("forbidden", new String[] {"Forbidden", "Your roles do not allow this operation"}),
            Map.entry("not-found", new String[] {"Not found", "The resource does not exist or is not visible to you"}),
            Map.entry("payload-too-large", new String[] {"Payload too large", "The request body exceeds the limit"}),
            Map.entry("internal", new String[] {"Internal error", "The request could not be completed; it left no changes behind"}));

    private static final Map<Integer, String> TITLES = Map.of(400, "Bad request", 401, "Unauthenticated", 403, "Forbidden",
            404, "Not found", 409, "Conflict", 413, "Payload too large", 422, "Unprocessable request",
            429, "Too many requests", 500, "Internal error");

    private PlatformProblems() {
    }

    /** The platform's slugs an operation of this shape can answer with this status. */
    static Set<String> admittedBy(Operation operation, int status) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean body = operation.getRequestBody() != null;
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean idempotent = parameters.stream().anyMatch(p -> Idempotent.HEADER.equalsIgnoreCase(p.getName()));
        boolean typed = parameters.stream().anyMatch(p -> p.getIn() != Parameter.In.HEADER && typed(p.getSchema()));
        Set<String> slugs = new TreeSet<>();
        switch (status) {
            case 400 -> {
                add(slugs, body, "malformed-body");
                add(slugs, body || !parameters.isEmpty(), "validation");
                add(slugs, typed, "invalid-parameter");
                add(slugs, idempotent, "idempotency-key-required");
            }
            case 401 -> slugs.addAll(secured ? List.of("unauthenticated", "revoked-credential", "contradicted-claims") : List.of());
            case 403 -> add(slugs, secured, "forbidden");
            case 404 -> slugs.add("not-found");
            case 413 -> add(slugs, body, "payload-too-large");
            case 422 -> add(slugs, idempotent, "idempotency-key-reused");
            case 500 -> slugs.add("internal");
            default -> { }
        }
        return slugs;
    }

    /** The title a problem of this slug (or, for one of the code's own, of this status) carries. */
    static String title(int status, String slug) {
        String[] known = slug == null ? null : KNOWN.get(slug);
        return known != null ? known[0] : TITLES.getOrDefault(status, "Error");
    }

    /** An example detail for the platform's slugs; the code's own say their detail at run time. */
    static String detail(String slug) {
        String[] known = KNOWN.get(slug);
        return known == null ? null : known[1];
    }

    private static void add(Set<String> slugs, boolean when, String slug) {
        if (when) {
            slugs.add(slug);
        }
    }

    /** A parameter whose text must parse (id, number, date, instant, boolean, enum): TypedParams answers 400 for it. */
    private static boolean typed(Schema schema) {
        if (schema == null) {
            return false;
        }
        return schema.getRef() != null || schema.getFormat() != null || schema.getEnumeration() != null
                || schema.getType() != null && schema.getType().stream().anyMatch(t -> t != Schema.SchemaType.STRING);
    }
}
