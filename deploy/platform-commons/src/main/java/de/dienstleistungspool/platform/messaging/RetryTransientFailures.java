package de.dienstleistungspool.platform.messaging;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event consumer method whose transaction is retried while the database is unreachable, so an outage
 * delays the event instead of sending it to the dead-letter topic or stopping the channel.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RetryTransientFailures {
}
