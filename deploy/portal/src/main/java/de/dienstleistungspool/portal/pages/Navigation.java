package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.session.CurrentPerson;
import de.dienstleistungspool.portal.session.Roles;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The main navigation of the layout: only the pages the signed-in person's roles may use, the current one marked.
 * The same rules guard the pages themselves ({@link PagePolicy}).
 */
@RequestScoped
@Named("nav")
public class Navigation {

    @Inject
    CurrentPerson person;

    @Inject
    Messages msg;

    @Inject
    RoutingContext routing;

    /** One entry of the navigation. */
    public record Item(String href, String label, boolean current) {
    }

    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        add(items, "/", msg.nav_start(), true);
        add(items, PagePolicy.BOARD_PATH, msg.nav_board(), PagePolicy.mayUseBoard(person));
        add(items, PagePolicy.SEARCH_PATH, msg.nav_search(), PagePolicy.mayBook(person));
        add(items, PagePolicy.JOBS_PATH, msg.nav_jobs(), PagePolicy.mayHandleJobs(person));
        add(items, PagePolicy.BOOKINGS_PATH, msg.nav_bookings(), PagePolicy.mayReadOwnBookings(person));
        add(items, PagePolicy.OFFERS_PATH, msg.nav_offers(), PagePolicy.mayManageOffers(person));
        add(items, PagePolicy.ACCOUNTING_PATH, msg.nav_accounting(), PagePolicy.mayUseAccounting(person));
        add(items, PagePolicy.COORDINATION_PATH, msg.nav_coordination(), PagePolicy.mayCoordinate(person));
        add(items, PagePolicy.NOTIFICATIONS_PATH, msg.nav_notifications(), PagePolicy.mayReadNotifications(person));
        return items;
    }

    /** The roles of the person in words, for the start page. */
    public List<String> roleNames() {
        List<String> names = new ArrayList<>();
        if (person.hasRole(Roles.DISPATCHER)) {
            names.add(msg.role_dispatcher());
        }
        if (person.hasRole(Roles.WORKS_STAFF)) {
            names.add(msg.role_works_staff());
        }
        if (person.hasRole(Roles.ACCOUNTING)) {
            names.add(msg.role_accounting());
        }
        if (person.hasRole(Roles.COORDINATOR)) {
            names.add(msg.role_coordinator());
        }
        if (person.hasRole(Roles.MEMBER_ADMIN)) {
            names.add(msg.role_member_admin());
        }
        return names;
    }

    private void add(List<Item> items, String href, String label, boolean allowed) {
        if (!allowed) {
            return;
        }
        String path = routing.normalizedPath();
        boolean current = href.equals("/") ? path.equals("/") : path.equals(href) || path.startsWith(href + "/");
        items.add(new Item(href, label, current));
    }
}
