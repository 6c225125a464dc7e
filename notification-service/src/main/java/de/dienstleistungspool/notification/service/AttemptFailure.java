package de.dienstleistungspool.notification.service;

/**
 * Why a webhook attempt failed, as the member sees it: a category, never the text of an internal exception (which
 * would tell a prober about the platform's network).
 */
public enum AttemptFailure {
    TIMEOUT("timeout"),
    REFUSED("refused"),
    TLS("TLS"),
    UNREACHABLE("unreachable"),
    NAME_NOT_RESOLVED("name not resolved"),
    ADDRESS_NOT_ALLOWED("address not allowed"),
    CONNECTION_RESET("connection reset"),
    INVALID_RESPONSE("invalid response"),
    INTERNAL("internal error");

    private final String shown;

    AttemptFailure(String shown) {
        this.shown = shown;
    }

    /** The text stored with the attempt and shown to the member. */
    public String shown() {
        return shown;
    }
}
