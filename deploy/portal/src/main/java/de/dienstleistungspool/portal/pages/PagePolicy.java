package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.session.CurrentPerson;
import de.dienstleistungspool.portal.session.Roles;

/**
 * Who may use which page: the same rules the services enforce, so the portal neither links to nor shows an action
 * that would be refused. Pages call {@link #require}; the navigation asks the same questions.
 */
public final class PagePolicy {

    public static final String BOARD_PATH = "/verfuegbarkeit";
    public static final String SEARCH_PATH = "/suchen";
    public static final String JOBS_PATH = "/einsaetze";
    public static final String BOOKINGS_PATH = "/buchungen";
    public static final String OFFERS_PATH = "/angebote";
    public static final String ACCOUNTING_PATH = "/abrechnung";
    public static final String COORDINATION_PATH = "/koordination";
    public static final String NOTIFICATIONS_PATH = "/benachrichtigungen";

    private PagePolicy() {
    }

    /** The county board: works staff and dispatchers check what is free. */
    public static boolean mayUseBoard(CurrentPerson p) {
        return p.hasRole(Roles.WORKS_STAFF) || p.hasRole(Roles.DISPATCHER);
    }

    /** Search and book: only dispatchers request bookings (booking-service). */
    public static boolean mayBook(CurrentPerson p) {
        return p.hasRole(Roles.DISPATCHER);
    }

    /** Requests and jobs of the member's own offers: works staff confirm, start and complete. */
    public static boolean mayHandleJobs(CurrentPerson p) {
        return p.hasRole(Roles.WORKS_STAFF);
    }

    /** The member's own bookings as requester: dispatchers (who cancel) and accounting (who read). */
    public static boolean mayReadOwnBookings(CurrentPerson p) {
        return p.hasRole(Roles.DISPATCHER) || p.hasRole(Roles.ACCOUNTING);
    }

    /** The member's own offers and their blackouts: works staff and the member's admin (pool-service). */
    public static boolean mayManageOffers(CurrentPerson p) {
        return p.hasRole(Roles.WORKS_STAFF) || p.hasRole(Roles.MEMBER_ADMIN);
    }

    /** Balances, ledger, statements and invoices of the own member: accounting (the coordinator has Koordination). */
    public static boolean mayUseAccounting(CurrentPerson p) {
        return p.hasRole(Roles.ACCOUNTING);
    }

    /** Members, rates, the year-end close and the region's reports: the region's coordinator. */
    public static boolean mayCoordinate(CurrentPerson p) {
        return p.hasRole(Roles.COORDINATOR);
    }

    /** The member's notification feed: every role of the platform (notification-service). */
    public static boolean mayReadNotifications(CurrentPerson p) {
        return p.hasRole(Roles.DISPATCHER) || p.hasRole(Roles.WORKS_STAFF) || p.hasRole(Roles.ACCOUNTING)
                || p.hasRole(Roles.MEMBER_ADMIN) || p.hasRole(Roles.COORDINATOR);
    }

    /** Notification preferences, webhooks and their deliveries of the member: its admin (notification-service). */
    public static boolean mayAdministerNotifications(CurrentPerson p) {
        return p.hasRole(Roles.MEMBER_ADMIN);
    }

    /** Refuses the page with 403 unless {@code allowed}. */
    public static void require(boolean allowed) {
        if (!allowed) {
            throw new PageForbidden();
        }
    }

    /** The person's roles do not allow this page. */
    public static class PageForbidden extends RuntimeException {
        public PageForbidden() {
            super("The person's roles do not allow this page", null, false, false);
        }
    }
}
