package de.dienstleistungspool.notification.service;

/** A webhook URL that may not be used: not https, naming a platform host, or resolving to an internal address. */
public class WebhookUrlRefused extends RuntimeException {

    private final AttemptFailure failure;

    public WebhookUrlRefused(AttemptFailure failure, String reason) {
        super(reason);
        this.failure = failure;
    }

    /** How an attempt refused for this reason is shown to the member. */
    public AttemptFailure failure() {
        return failure;
    }
}
