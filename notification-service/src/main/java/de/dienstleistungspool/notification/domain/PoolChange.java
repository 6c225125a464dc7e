package de.dienstleistungspool.notification.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The {@code pool-events} an offer's owner can subscribe its webhook endpoints to: changes of its own offers and their
 * blackouts. They are forwarded as webhooks only (no e-mail, no feed entry), so they are not notification types.
 */
public enum PoolChange {
    OfferCreated, OfferChanged, OfferPaused, OfferResumed, OfferRetired, BlackoutAdded, BlackoutRemoved;

    public static Optional<PoolChange> of(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
