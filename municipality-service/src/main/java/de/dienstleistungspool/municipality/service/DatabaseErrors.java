package de.dienstleistungspool.municipality.service;

import de.dienstleistungspool.platform.problem.ProblemException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.postgresql.util.PSQLException;

/**
 * Turns the refusals of the database (closed financial year, unique and check constraints, concurrent updates) into
 * problems the caller can act on, since the database, not Java, is where those rules are enforced.
 */
public final class DatabaseErrors {

    /** SQLSTATE raised by the trigger that freezes rates and settlement terms of a closed financial year. */
    public static final String YEAR_CLOSED = "DPYC1";

    private static final Map<String, String> UNIQUE_DETAILS = Map.of(
            "member_name_unique_in_region", "A member with this name already exists in the region",
            "region_name_key", "A region with this name already exists",
            "region_pkey", "A region with this id was created by a concurrent request; repeat the request to compare",
            "depot_name_unique_per_member", "The member already has a depot with this name",
            "app_user_email_unique", CredentialService.EMAIL_UNAVAILABLE,
            "rate_unique", "A rate for this sector and category already exists for the year");

    private DatabaseErrors() {
    }

    /** The problem for a persistence failure, or the failure itself when it is not a refusal the caller caused. */
    public static RuntimeException translate(PersistenceException e) {
        if (e instanceof OptimisticLockException) {
            return ProblemException.conflict("concurrent-change", "The resource was changed concurrently; reload it and retry");
        }
        Optional<SQLException> sql = sqlCause(e);
        if (sql.isEmpty() || sql.get().getSQLState() == null) {
            return e;
        }
        String state = sql.get().getSQLState();
        String constraint = constraintOf(sql.get());
        return switch (state) {
            case YEAR_CLOSED -> ProblemException.conflict("year-closed", serverMessage(sql.get()));
            case "23505" -> ProblemException.conflict("duplicate",
                    UNIQUE_DETAILS.getOrDefault(constraint, "The value conflicts with an existing one (" + constraint + ")"));
            case "23514", "23502", "22001", "22003" -> ProblemException.unprocessable("constraint-violated",
                    "The request violates a rule of the data model" + (constraint == null ? "" : " (" + constraint + ")"));
            case "23503" -> ProblemException.unprocessable("unknown-reference", "The request refers to something that does not exist");
            case "40001", "40P01" -> ProblemException.conflict("concurrent-change", "A concurrent change interfered; retry the request");
            default -> e;
        };
    }

    private static Optional<SQLException> sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static String constraintOf(SQLException e) {
        return e instanceof PSQLException p && p.getServerErrorMessage() != null ? p.getServerErrorMessage().getConstraint() : null;
    }

    private static String serverMessage(SQLException e) {
        return e instanceof PSQLException p && p.getServerErrorMessage() != null ? p.getServerErrorMessage().getMessage() : e.getMessage();
    }
}
