package de.dienstleistungspool.portal.pages;

import java.util.List;
import java.util.stream.Stream;

/** The notification types of notification-service and the roles a member can have them mailed to. */
final class NotificationTypes {

    /** The types mailed and sent to webhooks (notification-service's NotificationType). */
    static final List<String> ALL = List.of("BookingRequested", "BookingConfirmed", "BookingRejected",
            "BookingCancelled", "BookingStarted", "BookingCompleted", "BookingNoShow", "BookingStartsSoon",
            "BookingReturnOverdue", "BookingHeld", "BookingHoldExpired", "BookingWithdrawn", "BookingExtensionRequested",
            "BookingExtensionRejected", "BookingExtended", "EmergencyAlert");
    /**
     * What a webhook can subscribe to: the types above, the changes of the member's own offers (PoolChange) and the
     * settlement events that concern it (SettlementChange).
     */
    static final List<String> WEBHOOK = Stream.concat(ALL.stream(), Stream.of("OfferCreated", "OfferChanged",
            "OfferPaused", "OfferResumed", "OfferRetired", "BlackoutAdded", "BlackoutRemoved", "StatementReady",
            "InvoiceIssued", "YearClosed")).toList();
    static final List<String> ROLES = List.of("dispatcher", "works-staff", "accounting", "member-admin", "coordinator");

    private NotificationTypes() {
    }

    /** Only the types a webhook can subscribe to, each once. */
    static List<String> known(List<String> types) {
        return types == null ? List.of() : types.stream().filter(WEBHOOK::contains).distinct().toList();
    }
}
