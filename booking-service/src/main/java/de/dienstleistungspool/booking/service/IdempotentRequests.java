package de.dienstleistungspool.booking.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.dienstleistungspool.platform.jdbc.TransactionalJdbc;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Runs a POST at most once per {@code Idempotency-Key} and member: the key is claimed with the request's fingerprint
 * in the request's own transaction and the first response stored before commit, so a retry gets that response again,
 * a concurrent retry waits on the key's primary key, and a failed request leaves no claim behind.
 */
@ApplicationScoped
public class IdempotentRequests {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

    @Inject
    TransactionalJdbc jdbc;

    @Inject
    ObjectMapper json;

    @Inject
    Caller caller;

    /** What an operation answered the first time: status, body (serialised as JSON) and Location, if any. */
    public record Outcome(int status, Object body, String location) {

        public static Outcome created(String location, Object body) {
            return new Outcome(201, body, location);
        }

        public static Outcome ok(Object body) {
            return new Outcome(200, body, null);
        }
    }

    /**
     * Executes {@code action} in a new transaction unless the key was used before by this member.
     *
     * @param operation the method and path, part of the fingerprint (a key reused on another path is a mismatch)
     * @param request   the parsed request body (a record, or null), part of the fingerprint
     */
    @Transactional
    public Response once(String key, String operation, Record request, Supplier<Outcome> action) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw ProblemException.badRequest("idempotency-key-required",
                    "Every POST needs an Idempotency-Key header of 1 to 200 visible ASCII characters");
        }
        String fingerprint = fingerprint(operation, request);
        UUID member = caller.memberId();
        // plain JDBC on the transaction's connection: the hot path needs no Hibernate session
        int claimed = jdbc.run(c -> {
            try (PreparedStatement s = c.prepareStatement("insert into idempotent_request (member_id, idempotency_key, "
                    + "fingerprint) values (?, ?, ?) on conflict do nothing")) {
                s.setObject(1, member);
                s.setString(2, key);
                s.setString(3, fingerprint);
                return s.executeUpdate();
            }
        });
        if (claimed == 0) {
            return replay(member, key, fingerprint);
        }
        Outcome outcome = action.get();
        String body = write(outcome.body());
        jdbc.run(c -> {
            try (PreparedStatement s = c.prepareStatement("update idempotent_request set response_status = ?, "
                    + "response_body = ?, location = ? where member_id = ? and idempotency_key = ?")) {
                s.setInt(1, outcome.status());
                s.setString(2, body);
                s.setString(3, outcome.location() == null ? "" : outcome.location());
                s.setObject(4, member);
                s.setString(5, key);
                return s.executeUpdate();
            }
        });
        return response(outcome.status(), body, outcome.location());
    }

    private Response replay(UUID member, String key, String fingerprint) {
        Object[] row = jdbc.run(c -> {
            try (PreparedStatement s = c.prepareStatement("select fingerprint, response_status, response_body, location "
                    + "from idempotent_request where member_id = ? and idempotency_key = ?")) {
                s.setObject(1, member);
                s.setString(2, key);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return new Object[] {r.getString(1), r.getInt(2), r.getString(3), r.getString(4)};
                }
            }
        });
        if (!fingerprint.equals(row[0])) {
            throw ProblemException.unprocessable("idempotency-key-reused",
                    "Idempotency-Key '" + key + "' was already used for a different request");
        }
        return response((Integer) row[1], (String) row[2], (String) row[3]);
    }

    private static Response response(int status, String body, String location) {
        Response.ResponseBuilder r = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
        if (location != null && !location.isEmpty()) {
            r.location(URI.create(location));
        }
        return r.build();
    }

    /** SHA-256 of the operation and the request record's value (its components, nested values included). */
    private static String fingerprint(String operation, Record request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(String.valueOf(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response cannot be serialised", e);
        }
    }
}
