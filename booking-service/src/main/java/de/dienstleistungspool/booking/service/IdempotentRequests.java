package de.dienstleistungspool.booking.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.dienstleistungspool.platform.jdbc.TransactionalJdbc;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;

/**
 * Runs a POST at most once per {@code Idempotency-Key} and member: the key is claimed with the request's fingerprint
 * in the request's own transaction and the first response stored before commit, so a retry gets that response again,
 * a concurrent retry waits on the key's primary key, and a failed request leaves no claim behind.
 *
 * <p>Two protocols: {@link #once} claims the key first (a concurrent retry waits before it touches anything), then
 * stores the response; {@link #onceCommittingWithLastWrite} only looks the key up with the action's first read and
 * claims it together with the response in the action's last write, which also commits, one row written once (a
 * concurrent retry does its work, fails on the key at that write, rolls its work back and replays the first
 * response). The second suits an action whose work a concurrent duplicate cannot disturb, such as an insert guarded
 * by a constraint.
 */
@Singleton
public class IdempotentRequests {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");
    private static final String CLAIM = "insert into idempotent_request (member_id, idempotency_key, fingerprint) "
            + "values (?, ?, ?) on conflict do nothing";
    private static final String STORE = "update idempotent_request set response_status = ?, response_body = ?, "
            + "location = ? where member_id = ? and idempotency_key = ?";
    private static final String LOOKUP = "select fingerprint, response_status, response_body, location "
            + "from idempotent_request where member_id = ? and idempotency_key = ?";
    /** The claim in a round trip that also commits: a taken key must abort it (SQLSTATE 23505) before the commit. */
    private static final String CLAIM_ANSWERED = "insert into idempotent_request (member_id, idempotency_key, "
            + "fingerprint, response_status, response_body, location) values (?, ?, ?, ?, ?, ?)";
    private static final String KEY_CONSTRAINT = "idempotent_request_pkey";
    private static final Object CURRENT = new Object();

    @Inject
    TransactionalJdbc jdbc;

    @Inject
    TransactionSynchronizationRegistry transactions;

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

    /** The key being served in the current transaction, and the outcome already stored under it, if any. */
    static final class Attempt {
        final UUID member;
        final String key;
        final String fingerprint;
        /**
         * Whether the key row was claimed before the action ({@link #once}); if not, the response is stored by inserting
         * it in the action's last write, which commits ({@link #onceCommittingWithLastWrite}).
         */
        final boolean claimed;
        Outcome stored;
        String storedBody;

        Attempt(UUID member, String key, String fingerprint, boolean claimed) {
            this.member = member;
            this.key = key;
            this.fingerprint = fingerprint;
            this.claimed = claimed;
        }
    }

    /** What a key's row holds: the fingerprint of its request and the first response. */
    private record Stored(String fingerprint, int status, String body, String location) {
    }

    /** Thrown when the key turns out to be taken: the request is a retry; carries the row if it was read already. */
    private static final class KeyTaken extends RuntimeException {
        final transient Stored stored;

        KeyTaken(Stored stored) {
            super(null, null, false, false);
            this.stored = stored;
        }
    }

    /**
     * Thrown out of the transaction when the key's claim failed because a concurrent request with the key committed
     * first; the transaction rolls back, and that request's response is replayed in a new one.
     */
    static final class KeyTakenMeanwhile extends RuntimeException {
        final transient Attempt attempt;

        KeyTakenMeanwhile(Attempt attempt) {
            super(null, null, false, false);
            this.attempt = attempt;
        }
    }

    /**
     * Executes {@code action} in a new transaction unless the key was used before by this member. The key is claimed
     * before the action runs.
     *
     * @param operation the method and path, part of the fingerprint (a key reused on another path is a mismatch)
     * @param request   the parsed request body (a record, or null), part of the fingerprint
     */
    @Transactional
    public Response once(String key, String operation, Record request, Supplier<Outcome> action) {
        return attempt(key, operation, request, action, true);
    }

    /**
     * As {@link #once}, but the key is looked up in the same round trip as the action's first
     * {@link TransactionalJdbc#run(String, TransactionalJdbc.Binder, TransactionalJdbc.Reader)} statement, which must
     * be the action's first database access (on a retry that statement still runs, then the first response is
     * replayed and the transaction rolled back), and claimed together with the response by
     * {@link #answerWithNextWrite} in the action's last write, which commits the transaction in its own round trip
     * ({@link TransactionalJdbc#runAndCommit}). The claim is a plain insert: if a concurrent request with the same key
     * committed first, it fails that round trip before its commit, the transaction rolls back, the action's writes
     * included, and that request's response is replayed from a new transaction.
     */
    public Response onceCommittingWithLastWrite(String key, String operation, Record request, Supplier<Outcome> action) {
        try {
            return attemptCommittingWithLastWrite(key, operation, request, action);
        } catch (KeyTakenMeanwhile taken) {
            return replayAfterRollback(taken.attempt);
        }
    }

    /** The transaction of {@link #onceCommittingWithLastWrite}; an intercepted self-invocation. */
    @Transactional
    Response attemptCommittingWithLastWrite(String key, String operation, Record request, Supplier<Outcome> action) {
        return attempt(key, operation, request, action, false);
    }

    /** The first response under a key that a concurrent request claimed, read in a transaction of its own. */
    @Transactional
    Response replayAfterRollback(Attempt attempt) {
        return replay(attempt, null);
    }

    /**
     * Within either protocol: stores the outcome the action is about to answer in the same round trip as the action's
     * next statement (its last write), instead of in a round trip of its own after the action. If that write fails or
     * the action throws, the transaction rolls back and nothing is stored.
     */
    public void answerWithNextWrite(Outcome outcome) {
        Attempt attempt = (Attempt) transactions.getResource(CURRENT);
        if (attempt == null) {
            throw new IllegalStateException("answerWithNextWrite outside of IdempotentRequests.once");
        }
        if (attempt.stored != null) {
            throw new IllegalStateException("A request is answered once");
        }
        String body = write(outcome.body());
        jdbc.defer(store(attempt, outcome, body));
        attempt.stored = outcome;
        attempt.storedBody = body;
    }

    /** The statement that stores the response: an update of the claimed row, or the claim itself with the response. */
    private static TransactionalJdbc.Deferred store(Attempt attempt, Outcome outcome, String body) {
        if (attempt.claimed) {
            return new TransactionalJdbc.Deferred(STORE, (s, from) -> bindStore(s, from, attempt, outcome, body), count -> {
            });
        }
        return new TransactionalJdbc.Deferred(CLAIM_ANSWERED, (s, from) -> {
            s.setObject(from, attempt.member);
            s.setString(from + 1, attempt.key);
            s.setString(from + 2, attempt.fingerprint);
            s.setInt(from + 3, outcome.status());
            s.setString(from + 4, body);
            s.setString(from + 5, outcome.location() == null ? "" : outcome.location());
            return from + 6;
        }, count -> {
            // a taken key fails this insert with a unique violation instead (see runAction)
        });
    }

    private Response attempt(String key, String operation, Record request, Supplier<Outcome> action, boolean claimFirst) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw ProblemException.badRequest("idempotency-key-required",
                    "Every POST needs an Idempotency-Key header of 1 to 200 visible ASCII characters");
        }
        Attempt attempt = new Attempt(caller.memberId(), key, fingerprint(operation, request), claimFirst);
        try {
            if (!claimFirst) {
                jdbc.defer(TransactionalJdbc.Deferred.query(LOOKUP, (s, from) -> bindKey(s, from, attempt), rows -> {
                    if (rows.next()) {
                        throw new KeyTaken(new Stored(rows.getString(1), rows.getInt(2), rows.getString(3), rows.getString(4)));
                    }
                }));
            } else if (jdbc.run(CLAIM, (s, from) -> {
                int next = bindKey(s, from, attempt);
                s.setString(next, attempt.fingerprint);
                return next + 1;
            }, PreparedStatement::getUpdateCount) == 0) {
                throw new KeyTaken(null);
            }
            transactions.putResource(CURRENT, attempt);
            Outcome outcome = runAction(attempt, action);
            if (attempt.stored != outcome) {
                answerWithNextWrite(outcome);
            }
            jdbc.flushDeferred();
            return response(outcome.status(), attempt.storedBody, outcome.location());
        } catch (KeyTaken retry) {
            transactions.setRollbackOnly(); // whatever the action read or wrote before the key turned out taken
            return replay(attempt, retry.stored);
        }
    }

    /** Runs the action; a failed claim in a committing round trip leaves the transaction as {@link KeyTakenMeanwhile}. */
    private static Outcome runAction(Attempt attempt, Supplier<Outcome> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            if (!attempt.claimed && violates(e, KEY_CONSTRAINT)) {
                throw new KeyTakenMeanwhile(attempt);
            }
            throw e;
        }
    }

    /** Whether {@code e} was caused by a unique violation of the named constraint. */
    private static boolean violates(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PSQLException p && "23505".equals(p.getSQLState()) && p.getServerErrorMessage() != null
                    && constraint.equals(p.getServerErrorMessage().getConstraint())) {
                return true;
            }
        }
        return false;
    }

    private static int bindKey(PreparedStatement s, int from, Attempt attempt) throws java.sql.SQLException {
        s.setObject(from, attempt.member);
        s.setString(from + 1, attempt.key);
        return from + 2;
    }

    private static int bindStore(PreparedStatement s, int from, Attempt attempt, Outcome outcome, String body)
            throws java.sql.SQLException {
        s.setInt(from, outcome.status());
        s.setString(from + 1, body);
        s.setString(from + 2, outcome.location() == null ? "" : outcome.location());
        s.setObject(from + 3, attempt.member);
        s.setString(from + 4, attempt.key);
        return from + 5;
    }

    /** The first response under the key, read now unless the lookup already did; 422 if the requests differ. */
    private Response replay(Attempt attempt, Stored known) {
        Stored row = known != null ? known : jdbc.run(LOOKUP, (s, from) -> bindKey(s, from, attempt), s -> {
            try (ResultSet r = s.getResultSet()) {
                r.next();
                return new Stored(r.getString(1), r.getInt(2), r.getString(3), r.getString(4));
            }
        });
        if (!attempt.fingerprint.equals(row.fingerprint())) {
            throw ProblemException.unprocessable("idempotency-key-reused",
                    "Idempotency-Key '" + attempt.key + "' was already used for a different request");
        }
        return response(row.status(), row.body(), row.location());
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
