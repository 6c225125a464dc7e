package de.dienstleistungspool.platform.jdbc;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs plain JDBC on the connection of the current transaction, the same connection Hibernate uses in it (the pool
 * hands one connection per transaction), for platform plumbing that writes rows without an entity ({@code Outbox}).
 */
@Singleton
public class TransactionalJdbc {

    /** JDBC work on the transaction's connection. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Runs the work inside the caller's transaction; a {@link SQLException} comes back as the cause of a
     * {@link DatabaseException}.
     *
     * @throws IllegalStateException if no transaction is active (the work would silently auto-commit)
     */
    public <T> T run(Work<T> work) {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("TransactionalJdbc needs an active transaction");
        }
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
