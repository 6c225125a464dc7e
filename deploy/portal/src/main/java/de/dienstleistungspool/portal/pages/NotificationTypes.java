package de.dienstleistungspool.portal.pages;

import java.util.List;

/** The notification types of notification-service and the roles a member can have them mailed to. */
final class NotificationTypes {

    static final List<String> ALL = List.of("BookingRequested", "BookingConfirmed", "BookingRejected",
            "BookingCancelled", "BookingStarted", "BookingCompleted", "BookingNoShow", "BookingStartsSoon",
            "BookingReturnOverdue");
    static final List<String> ROLES = List.of("dispatcher", "works-staff", "accounting", "member-admin", "coordinator");

    private NotificationTypes() {
    }

    /** Only the known types of the list, each once. */
    static List<String> known(List<String> types) {
        return types == null ? List.of() : types.stream().filter(ALL::contains).distinct().toList();
    }
}
