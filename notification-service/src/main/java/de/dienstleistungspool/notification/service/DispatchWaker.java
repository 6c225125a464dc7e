package de.dienstleistungspool.notification.service;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts a dispatch round as soon as a transaction that queued e-mails or webhook deliveries commits, so they go
 * out at once instead of at the workers' next scheduled round (which still catches anything missed here).
 */
@ApplicationScoped
public class DispatchWaker {

    @Inject
    MailDispatcher mail;

    @Inject
    WebhookDispatcher webhooks;

    private final AtomicBoolean queued = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dispatch-waker");
        t.setDaemon(true);
        return t;
    });

    /** Fired inside a transaction that queued work; observed only once it committed. */
    public record WorkQueued() {
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkQueued ignored) {
        if (queued.compareAndSet(false, true)) {
            worker.submit(() -> {
                queued.set(false);
                mail.dispatchDue();
                webhooks.dispatchDue();
            });
        }
    }

    void stop(@Observes ShutdownEvent ignored) {
        worker.shutdownNow();
    }
}
