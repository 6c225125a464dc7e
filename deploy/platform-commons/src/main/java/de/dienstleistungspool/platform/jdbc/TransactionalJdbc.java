package de.dienstleistungspool.platform.jdbc;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * Runs plain JDBC on the connection of the current transaction, the same connection Hibernate uses in it (the pool
 * hands one connection per transaction), for hot paths that need no entity mapping and no Hibernate session; and
 * lets a statement wait for the transaction's next round trip, so that independent statements share one.
 */
@Singleton
public class TransactionalJdbc {

    /** JDBC work on the transaction's connection. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** Binds a statement's parameters from position {@code from}; returns the next free position. */
    @FunctionalInterface
    public interface Binder {
        int bind(PreparedStatement statement, int from) throws SQLException;
    }

    /** Reads the results of the caller's own SQL; the statement is positioned at its first result. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(PreparedStatement statement) throws SQLException;
    }

    /** Reads the rows of a deferred query; may throw to stop the caller. */
    @FunctionalInterface
    public interface RowsConsumer {
        void accept(ResultSet rows) throws SQLException;
    }

    /**
     * A statement that waits for the transaction's next round trip and then runs before the statements of that round
     * trip: a data-changing one, whose row count goes to {@code onRowCount}, or a query, whose rows go to
     * {@code onRows}. Either callback may throw to stop the caller.
     */
    public record Deferred(String sql, Binder binder, IntConsumer onRowCount, RowsConsumer onRows) {

        /** A deferred data-changing statement. */
        public Deferred(String sql, Binder binder, IntConsumer onRowCount) {
            this(sql, binder, onRowCount, null);
        }

        /** A deferred query (one result set). */
        public static Deferred query(String sql, Binder binder, RowsConsumer onRows) {
            return new Deferred(sql, binder, null, onRows);
        }
    }

    private static final Object DEFERRED = new Object();
    private static final Object COMMITTED = new Object();

    /**
     * Multi-statement SQL by its parts, joined once: the driver's statement cache looks statements up by their SQL,
     * and a string joined anew for every round trip would be hashed anew every time.
     */
    private final ConcurrentHashMap<List<String>, String> joined = new ConcurrentHashMap<>();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Runs the work inside the caller's transaction, after any deferred statements (in a round trip of their own);
     * a {@link SQLException} comes back as the cause of a {@link DatabaseException}.
     *
     * @throws IllegalStateException if no transaction is active (the work would silently auto-commit)
     */
    public <T> T run(Work<T> work) {
        requireTransaction();
        flushDeferred();
        return connected(work);
    }

    /**
     * Executes {@code sql} (one statement, or several separated by semicolons) in ONE round trip together with the
     * deferred statements, which run first; {@code reader} then reads the results of {@code sql}.
     */
    public <T> T run(String sql, Binder binder, Reader<T> reader) {
        requireTransaction();
        return roundTrip(takeDeferred(), sql, binder, reader, false);
    }

    /**
     * As {@link #run(String, Binder, Reader)}, and commits the transaction in the same round trip, which saves the
     * commit's own round trip: for the last write of a transaction whose every refusal is an error raised inside the
     * database (a constraint, a trigger, a function), since an error aborts the round trip before its commit and the
     * transaction then rolls back as usual. After it the transaction takes no further statement, and its commit sends
     * nothing (the driver sees the connection idle). {@code reader} must not refuse: what it reads is committed.
     */
    public <T> T runAndCommit(String sql, Binder binder, Reader<T> reader) {
        requireTransaction();
        T result = roundTrip(takeDeferred(), sql, binder, reader, true);
        transactions.putResource(COMMITTED, Boolean.TRUE);
        return result;
    }

    /**
     * Lets a statement wait for this transaction's next round trip through {@link #run(String, Binder, Reader)}; a
     * {@link #run(Work)} or the commit runs it first, on its own, so it never runs later than that.
     */
    public void defer(Deferred statement) {
        requireTransaction();
        @SuppressWarnings("unchecked")
        List<Deferred> deferred = (List<Deferred>) transactions.getResource(DEFERRED);
        if (deferred == null) {
            deferred = new ArrayList<>(2);
            transactions.putResource(DEFERRED, deferred);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    flushDeferred();
                }

                @Override
                public void afterCompletion(int status) {
                    // nothing to release
                }
            });
        }
        deferred.add(statement);
    }

    /** Runs the deferred statements now, in one round trip; does nothing if there are none. */
    public void flushDeferred() {
        if (transactions.getTransactionKey() == null) {
            return;
        }
        List<Deferred> deferred = takeDeferred();
        if (!deferred.isEmpty()) {
            roundTrip(deferred, null, null, null, false);
        }
    }

    /**
     * The deferred statements, then {@code sql} (if any), then the commit (if asked), as one multi-statement call: one
     * round trip.
     */
    private <T> T roundTrip(List<Deferred> deferred, String sql, Binder binder, Reader<T> reader, boolean commit) {
        List<String> parts = new ArrayList<>(deferred.size() + 2);
        deferred.forEach(d -> parts.add(d.sql()));
        if (sql != null) {
            parts.add(sql);
        }
        if (commit) {
            parts.add("commit");
        }
        String full = parts.size() == 1 ? parts.get(0) : joined.get(parts);
        if (full == null) {
            full = String.join(";\n", parts);
            if (joined.size() < 1_000) { // SQL shapes are few; never let dynamic SQL grow this without bound
                joined.put(parts, full);
            }
        }
        String sqlToRun = full;
        return connected(c -> {
            try (PreparedStatement s = c.prepareStatement(sqlToRun)) {
                int next = 1;
                for (Deferred d : deferred) {
                    next = d.binder().bind(s, next);
                }
                if (binder != null) {
                    binder.bind(s, next);
                }
                s.execute();
                int[] counts = new int[deferred.size()];
                for (int i = 0; i < counts.length; i++) {
                    RowsConsumer onRows = deferred.get(i).onRows();
                    if (onRows != null) {
                        try (ResultSet rows = s.getResultSet()) {
                            onRows.accept(rows); // before getMoreResults, which closes the result set
                        }
                    } else {
                        counts[i] = s.getUpdateCount();
                    }
                    s.getMoreResults();
                }
                for (int i = 0; i < counts.length; i++) {
                    if (deferred.get(i).onRowCount() != null) {
                        deferred.get(i).onRowCount().accept(counts[i]);
                    }
                }
                return reader == null ? null : reader.read(s);
            }
        });
    }

    private List<Deferred> takeDeferred() {
        @SuppressWarnings("unchecked")
        List<Deferred> deferred = (List<Deferred>) transactions.getResource(DEFERRED);
        if (deferred == null || deferred.isEmpty()) {
            return List.of();
        }
        List<Deferred> taken = List.copyOf(deferred);
        deferred.clear();
        return taken;
    }

    private void requireTransaction() {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("TransactionalJdbc needs an active transaction");
        }
        if (transactions.getResource(COMMITTED) != null) {
            throw new IllegalStateException("This transaction was committed by runAndCommit; it takes no further statement");
        }
    }

    private <T> T connected(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    /** A database error from JDBC work; the {@link SQLException} (with its SQLSTATE) is the cause. */
    public static class DatabaseException extends RuntimeException {

        public DatabaseException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
