package de.dienstleistungspool.notification.domain;

import de.dienstleistungspool.platform.security.Roles;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of notification this service sends, which side of a booking each one is for by default, and the
 * roles of that side that are e-mailed unless the member's preferences say otherwise.
 */
public enum NotificationType {
    BookingRequested(true, false),
    BookingConfirmed(false, true),
    BookingRejected(false, true),
    BookingCancelled(true, false),
    BookingStarted(false, true),
    BookingCompleted(false, true),
    BookingNoShow(true, true),
    BookingStartsSoon(true, true),
    BookingReturnOverdue(true, true),
    BookingHeld(false, true),
    BookingHoldExpired(false, true),
    BookingWithdrawn(false, true),
    BookingExtensionRequested(true, false),
    BookingExtensionRejected(false, true),
    BookingExtended(true, true),
    /** Not an event of its own: the urgent alert to the owner's on-call contact when an emergency request confirmed a booking. */
    EmergencyAlert(true, false);

    private final boolean mailsProvider;
    private final boolean mailsConsumer;

    NotificationType(boolean mailsProvider, boolean mailsConsumer) {
        this.mailsProvider = mailsProvider;
        this.mailsConsumer = mailsConsumer;
    }

    /** Whether members on this side of the booking get an e-mail of this type. */
    public boolean mails(Side side) {
        return side == Side.PROVIDER ? mailsProvider : mailsConsumer;
    }

    /** The roles e-mailed on a side when the member set no preference: works staff of the owner, dispatchers of the requester. */
    public List<String> defaultRoles(Side side) {
        return side == Side.PROVIDER ? List.of(Roles.WORKS_STAFF) : List.of(Roles.DISPATCHER);
    }

    public static Optional<NotificationType> of(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }

    /** The two parties of a booking. */
    public enum Side { PROVIDER, CONSUMER }
}
