package de.dienstleistungspool.platform.messaging;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.sql.SQLException;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Re-runs a consumer method when it failed because the database was unreachable or the transaction lost a
 * serialization race; it wraps the {@code @Transactional} interceptor, so every attempt gets a fresh transaction
 * and a half-done attempt leaves nothing behind. Other failures (bad data, a bug) propagate at once; on an
 * {@link EventConsumer} that failure is final, so it is counted before the channel sends the message to its
 * dead-letter topic.
 */
@RetryTransientFailures
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class TransientFailureRetryInterceptor {

    private static final Logger LOG = Logger.getLogger(TransientFailureRetryInterceptor.class);

    @ConfigProperty(name = "consumer.retry.max-duration", defaultValue = "PT15M")
    Duration maxDuration;

    @AroundInvoke
    Object retry(InvocationContext ctx) throws Exception {
        long deadline = System.nanoTime() + maxDuration.toNanos();
        long backoffMillis = 100;
        while (true) {
            try {
                return ctx.proceed();
            } catch (Exception e) {
                if (!isTransient(e) || System.nanoTime() > deadline) {
                    if (ctx.getTarget() instanceof EventConsumer<?> consumer) {
                        consumer.deadLettered(e);
                    }
                    throw e;
                }
                LOG.warnf("%s.%s failed transiently (%s); retrying in %d ms", ctx.getMethod().getDeclaringClass().getSimpleName(),
                        ctx.getMethod().getName(), rootMessage(e), backoffMillis);
                Thread.sleep(backoffMillis);
                backoffMillis = Math.min(backoffMillis * 2, 5_000);
            }
        }
    }

    /** Connection loss (SQLSTATE class 08), server shutdown (57P0x), serialization failure and deadlock (40xxx). */
    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P0") || state.equals("40001") || state.equals("40P01")) {
                    return true;
                }
            }
            if (t instanceof java.sql.SQLTransientException || t instanceof java.sql.SQLRecoverableException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && (message.contains("Acquisition timeout") || message.contains("Connection refused"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
