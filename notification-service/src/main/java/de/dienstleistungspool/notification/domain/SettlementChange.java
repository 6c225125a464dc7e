package de.dienstleistungspool.notification.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The {@code settlement-events} a member can subscribe its webhook endpoints to, for accounting software that should
 * not have to poll: its statement is ready, an invoice it issues or receives was issued, its region closed a year.
 * They are forwarded as webhooks only (no e-mail, no feed entry), so they are not notification types.
 */
public enum SettlementChange {
    StatementReady, InvoiceIssued, YearClosed;

    public static Optional<SettlementChange> of(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
