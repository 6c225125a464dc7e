package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.NotificationApi;
import de.dienstleistungspool.portal.clients.Page;
import de.dienstleistungspool.portal.session.CurrentPerson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Benachrichtigungen: what the platform told the member (e-mails with subject, recipients and status, newest first),
 * each readable as it was sent; every role of the member reads it, the member's admin also finds the settings there.
 */
@Path(PagePolicy.NOTIFICATIONS_PATH)
@Produces(MediaType.TEXT_HTML)
public class NotificationsPage {

    static final List<String> STATUSES = List.of("SENT", "PENDING", "FAILED", "DISABLED", "NO_RECIPIENT");
    static final int PAGE_SIZE = 25;

    @Inject
    CurrentPerson person;

    @RestClient
    NotificationApi notifications;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feed(Page<NotificationApi.Notification> feed, String status, int page,
                boolean hasNext, List<String> statuses, boolean mayAdminister);

        static native TemplateInstance detail(NotificationApi.NotificationDetail detail);
    }

    @GET
    public TemplateInstance feed(@QueryParam("status") String status, @QueryParam("seite") String pageParam) {
        PagePolicy.require(PagePolicy.mayReadNotifications(person));
        int page = Math.max(0, Params.integer(pageParam, 1) - 1);
        String filter = STATUSES.contains(Params.code(status)) ? Params.code(status) : "";
        Page<NotificationApi.Notification> found = notifications.feed(Params.orNull(filter), page, PAGE_SIZE);
        return Templates.feed(found, filter, page, (long) (page + 1) * PAGE_SIZE < found.total(), STATUSES,
                PagePolicy.mayAdministerNotifications(person));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") UUID id) {
        PagePolicy.require(PagePolicy.mayReadNotifications(person));
        return Templates.detail(notifications.notification(id));
    }
}
