package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.NotificationApi;
import de.dienstleistungspool.portal.clients.ServiceProblem;
import de.dienstleistungspool.portal.session.CurrentPerson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The member's notification settings for its admin: per type whether an e-mail goes out, to which of the member's
 * roles and to which further addresses (e.g. a control room); one form per type, and back to the defaults.
 */
@Path(NotificationSettingsPage.PATH)
@Produces(MediaType.TEXT_HTML)
public class NotificationSettingsPage {

    static final String PATH = PagePolicy.NOTIFICATIONS_PATH + "/einstellungen";

    @Inject
    CurrentPerson person;

    @Inject
    Messages msg;

    @Inject
    NotificationMessages ntf;

    @RestClient
    NotificationApi notifications;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(List<NotificationApi.Preference> preferences, List<String> roles,
                String notice, String error);
    }

    @GET
    public TemplateInstance settings(@QueryParam("gespeichert") String saved) {
        PagePolicy.require(PagePolicy.mayAdministerNotifications(person));
        return render(saved != null && NotificationTypes.ALL.contains(saved) ? ntf.settings_saved(ntf.type(saved)) : null, null);
    }

    @POST
    @Path("/{type}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("type") String type, @FormParam("email") String email,
            @FormParam("rollen") List<String> roles, @FormParam("adressen") String addresses) {
        PagePolicy.require(PagePolicy.mayAdministerNotifications(person));
        known(type);
        List<String> chosen = roles == null ? List.of() : roles.stream().filter(NotificationTypes.ROLES::contains).distinct().toList();
        List<String> extra = addresses == null ? List.of()
                : addresses.lines().flatMap(l -> List.of(l.split("[,;]")).stream()).map(String::strip)
                        .filter(a -> !a.isEmpty()).distinct().toList();
        return perform(type, () -> notifications.setPreference(type,
                new NotificationApi.PreferenceRequest("ja".equals(email), chosen, extra)));
    }

    @POST
    @Path("/{type}/standard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reset(@PathParam("type") String type) {
        PagePolicy.require(PagePolicy.mayAdministerNotifications(person));
        known(type);
        return perform(type, () -> notifications.resetPreference(type));
    }

    private Response perform(String type, Runnable call) {
        try {
            call.run();
        } catch (ServiceProblem e) {
            if (e.status() == 401 || e.status() == 403 || e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(render(null, Refusals.explain(msg, e))).build();
        }
        return Response.seeOther(URI.create(PATH + "?gespeichert=" + type + "#" + type)).build();
    }

    private TemplateInstance render(String notice, String error) {
        return Templates.settings(notifications.preferences(), NotificationTypes.ROLES, notice, error);
    }

    private static void known(String type) {
        if (!NotificationTypes.ALL.contains(type)) {
            throw new NotFoundException();
        }
    }
}
