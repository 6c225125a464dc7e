package de.dienstleistungspool.booking.service;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Publishes the refusals a {@link ReportsRefusals} method noted, once it returned or failed. It runs outside the
 * idempotency interceptor (and so outside the request's transaction), whatever the answer was.
 */
@ReportsRefusals
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 50) // before (outside) IdempotencyInterceptor at PLATFORM_BEFORE + 100
public class RefusalReporting {

    @Inject
    UnmetNeeds needs;

    @AroundInvoke
    Object report(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } finally {
            needs.publish();
        }
    }
}
