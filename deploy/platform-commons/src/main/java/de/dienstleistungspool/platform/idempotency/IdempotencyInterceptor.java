package de.dienstleistungspool.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Runs an {@link Idempotent} resource method at most once per Idempotency-Key and member (or caller of no member), in one transaction with the
 * key's claim and the stored answer: a retry with the same request gets the first answer again (with the header
 * {@value #REPLAYED}; fields of the {@link ShownOnce} view left out), the same key for another request 422, a
 * concurrent retry waits for the first request to end. A request that fails (an exception, or a status of 300 or
 * more) rolls back, its claim included.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100) // outside @Transactional (PLATFORM_BEFORE + 200) and validation
public class IdempotencyInterceptor {

    /** Response header set on an answer replayed from an earlier request. */
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

    private final IdempotencyKeys keys;
    private final Caller caller;
    /** Writes a request's values for its fingerprint, map entries sorted so that their order does not count. */
    private final ObjectWriter fingerprints;
    /** Writes an answer for storage: every field but those of the {@link ShownOnce} view. */
    private final ObjectWriter replayable;

    private final ConcurrentHashMap<java.lang.reflect.Method, RequestSignature> signatures = new ConcurrentHashMap<>();

    @Inject
    IdempotencyInterceptor(IdempotencyKeys keys, Caller caller, ObjectMapper json) {
        this.keys = keys;
        this.caller = caller;
        this.fingerprints = json.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        this.replayable = json.copy().configure(MapperFeature.DEFAULT_VIEW_INCLUSION, true).writerWithView(Replayed.class);
    }

    @AroundInvoke
    Object once(InvocationContext call) {
        RequestSignature signature = signatures.computeIfAbsent(call.getMethod(), RequestSignature::of);
        String key = signature.key(call.getParameters());
        if (key == null || !KEY.matcher(key).matches()) {
            throw ProblemException.badRequest("idempotency-key-required", "This request needs an " + Idempotent.HEADER
                    + " header of 1 to 200 visible ASCII characters, one per intended change (e.g. a UUID)");
        }
        String fingerprint = signature.fingerprint(fingerprints, call.getParameters());
        UUID member = scope();
        try {
            return QuarkusTransaction.joiningExisting().call(() -> {
                Optional<IdempotencyKeys.Answer> earlier = keys.claim(member, key, fingerprint);
                if (earlier.isPresent()) {
                    throw new RollBack(replay(key, fingerprint, earlier.get())); // a replay changes nothing
                }
                Response first = (Response) call.proceed();
                if (first.getStatus() >= 300) {
                    throw new RollBack(first);
                }
                String body = first.hasEntity() ? replayable(first.getEntity()) : null;
                String location = first.getLocation() == null ? null : pathOf(first.getLocation());
                keys.answer(member, key, first.getStatus(), body, location);
                return first;
            });
        } catch (RollBack answered) {
            return answered.response;
        }
    }

    /**
     * Whose keys these are: the member the token acts for, or, for a caller acting for no member (the platform
     * operator, a region's coordinator), a name-based UUID of the token's subject, which no member id can equal.
     */
    private UUID scope() {
        return caller.optionalMemberId().orElseGet(() -> UUID.nameUUIDFromBytes(
                ("subject:" + caller.subject()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Ends the transaction with a rollback and answers {@code response}. */
    private static final class RollBack extends RuntimeException {
        private final transient Response response;

        RollBack(Response response) {
            super(null, null, false, false);
            this.response = response;
        }
    }

    private static Response replay(String key, String fingerprint, IdempotencyKeys.Answer earlier) {
        if (!earlier.fingerprint().equals(fingerprint)) {
            throw ProblemException.unprocessable("idempotency-key-reused", Idempotent.HEADER + " '" + key
                    + "' was already used for a different request; use a new key for a new request");
        }
        return response(earlier.status(), earlier.body(), earlier.location()).header(REPLAYED, "true").build();
    }

    private static Response.ResponseBuilder response(int status, String body, String location) {
        Response.ResponseBuilder r = Response.status(status);
        if (body != null) {
            r.type(MediaType.APPLICATION_JSON_TYPE).entity(body);
        }
        if (location != null && !location.isEmpty()) {
            r.location(URI.create(location)); // made absolute for the current request
        }
        return r;
    }

    /** The path (and query) of a Location, so that a replay names the host it was asked on. */
    private static String pathOf(URI location) {
        return location.getRawQuery() == null ? location.getRawPath() : location.getRawPath() + "?" + location.getRawQuery();
    }

    private String replayable(Object entity) {
        try {
            return entity instanceof String s ? s : replayable.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The answer cannot be serialised", e);
        }
    }

    /** The view of a stored answer: fields without a view, not those of {@link ShownOnce}. */
    private static final class Replayed {
    }
}
