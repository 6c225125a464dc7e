package de.dienstleistungspool.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import de.dienstleistungspool.e2e.stack.Api;
import de.dienstleistungspool.e2e.stack.Db;
import de.dienstleistungspool.e2e.stack.E2eStack;
import de.dienstleistungspool.e2e.stack.Mailbox;
import de.dienstleistungspool.e2e.stack.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** What every end-to-end test shares: the one stack of this JVM, an HTTP client, the databases, the mailbox. */
public abstract class StackTest {

    public static final String REGION = "00000000-0000-4000-a000-000000000001";
    public static final String ESCHWEGE = "00000000-0000-4000-b000-000000000001";
    public static final String WITZENHAUSEN = "00000000-0000-4000-b000-000000000002";
    public static final String WANFRIED = "00000000-0000-4000-b000-000000000007";
    public static final String WANFRIED_LAT = "51.1822";
    public static final String WANFRIED_LON = "10.1747";

    protected static final E2eStack STACK = E2eStack.get();
    protected static final Api API = new Api(STACK);
    protected static final Db DB = new Db(STACK);
    protected static final Mailbox MAIL = new Mailbox(STACK);
    protected static final Tokens TOKENS = new Tokens(DB);

    /** Creates a sewer-flushing service offer of the works staff's member; returns its id. */
    protected static String createFlushingOffer(String worksStaffClient, String title) {
        Api.Reply r = API.post("pool", "/offers", API.token(worksStaffClient), Map.of("kind", "SERVICE",
                "category", "SEWER_FLUSHING", "title", title, "sectors", new String[] {"WASTEWATER"}, "unit", "HOUR",
                "bufferMinutes", 60, "settlementModes", new String[] {"MONETARY", "NON_MONETARY"},
                "autoConfirm", false, "capacityPerDay", 8));
        assertEquals(201, r.status(), r.toString());
        String id = r.json().get("id").asText();
        // bookable once the booking service has it in its projection of pool-events
        await("the offer in the booking service", Duration.ofSeconds(60),
                () -> DB.count("booking", "select count(*) from offer where offer_id = ?::uuid", id) == 1);
        return id;
    }

    /** A booking request body for a service job in Wanfried. */
    protected static Map<String, Object> bookingBody(String offerId, Instant start, Instant end, String mode) {
        return Map.of("offerId", offerId, "start", start.toString(), "end", end.toString(), "settlementMode", mode,
                "sector", "WASTEWATER", "site", "Wanfried, Marktstraße", "scopeQuantity", 8, "scopeUnit", "HOUR");
    }

    /** POST with an Idempotency-Key (the booking service needs one on every POST). */
    protected static Api.Reply postIdempotent(String service, String path, String token, Object body, String key) {
        return API.callWithHeaders(service, "POST", path, token, Api.write(body == null ? Map.of() : body),
                Map.of("Idempotency-Key", key));
    }

    protected static Api.Reply transition(String bookingId, String action, String token, Object body) {
        return postIdempotent("booking", "/bookings/" + bookingId + "/" + action, token, body,
                action + "-" + bookingId + "-" + UUID.randomUUID());
    }

    protected static JsonNode book(String token, Map<String, Object> body) {
        Api.Reply r = postIdempotent("booking", "/bookings", token, body, UUID.randomUUID().toString());
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    /** Polls until the supplier answers non-null, failing with the message after the timeout. */
    protected static <T> T await(String what, Duration timeout, Supplier<T> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null && !Boolean.FALSE.equals(value)) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
