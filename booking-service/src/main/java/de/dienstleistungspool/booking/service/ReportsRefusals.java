package de.dienstleistungspool.booking.service;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method whose refusals for lack of capacity are reported to the shortage radar
 * ({@link UnmetNeeds}) after its transaction, idempotency claim included, has ended.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReportsRefusals {
}
