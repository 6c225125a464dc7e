package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.NotificationApi;
import de.dienstleistungspool.portal.clients.Page;
import de.dienstleistungspool.portal.clients.ServiceProblem;
import de.dienstleistungspool.portal.session.CurrentPerson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The member's webhooks for its admin: the endpoints, registering one (its signing secret is shown once, on the
 * answer page), and per endpoint its deliveries with their status, a re-send, pausing and removing it.
 */
@Path(WebhooksPage.PATH)
@Produces(MediaType.TEXT_HTML)
public class WebhooksPage {

    static final String PATH = PagePolicy.NOTIFICATIONS_PATH + "/webhooks";
    static final int PAGE_SIZE = 50;

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
        static native TemplateInstance list(List<NotificationApi.Webhook> webhooks, List<String> types, String url,
                String description, List<String> chosen, String key, String notice, String error);

        static native TemplateInstance registered(NotificationApi.WebhookWithSecret registered);

        static native TemplateInstance endpoint(NotificationApi.Webhook webhook, Page<NotificationApi.Delivery> deliveries,
                String notice, String error);
    }

    @GET
    public TemplateInstance list(@QueryParam("entfernt") String removed) {
        PagePolicy.require(PagePolicy.mayAdministerNotifications(person));
        return render("https://", "", List.of(), removed != null ? ntf.webhooks_removed() : null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@FormParam("adresse") String url, @FormParam("ereignisse") List<String> types,
            @FormParam("beschreibung") String description, @FormParam("schluessel") String key) {
        PagePolicy.require(PagePolicy.mayAdministerNotifications(person));
        List<String> chosen = NotificationTypes.known(types);
        String address = url == null ? "" : url.strip();
        String text = description == null || description.isBlank() ? null : description.strip();
        try {
            return Response.ok(Templates.registered(notifications.register(new BookingForm.KeyOf(key).value(),
                    new NotificationApi.WebhookRequest(address, chosen, text, true)))).build();
        } catch (ServiceProblem e) {
            if (e.status() == 401 || e.status() == 403) {
                throw e;
            }
            return Response.status(e.status()).entity(render(address, text == null ? "" : text, chosen, null,
                    Refusals.explain(msg, e))).build();
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance endpoint(@PathParam("id") UUID id, @QueryParam("erledigt") String done) {
        PagePolicy.require(PagePolicy.mayAdministerNotifications(person));
        return renderEndpoint(id, done == null ? null : ntf.webhooks_done(done), null);
    }

    @POST
    @Path("/{id}/{step:pausieren|aktivieren}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response activate(@PathParam("id") UUID id, @PathParam("step") String step) {
        PagePolicy.require(PagePolicy.mayAdministerNotifications(person));
        return perform(id, step, () -> {
            NotificationApi.Webhook w = notifications.webhook(id);
            return notifications.update(id, new NotificationApi.WebhookRequest(w.url(), w.eventTypes(), w.description(),
                    "aktivieren".equals(step)));
        });
    }

    @POST
    @Path("/{id}/zustellungen/{deliveryId}/erneut")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resend(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        PagePolicy.require(PagePolicy.mayAdministerNotifications(person));
        return perform(id, "erneut", () -> notifications.resend(deliveryId));
    }

    @POST
    @Path("/{id}/entfernen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("id") UUID id) {
        PagePolicy.require(PagePolicy.mayAdministerNotifications(person));
        notifications.delete(id);
        return Response.seeOther(URI.create(PATH + "?entfernt=1")).build();
    }

    private Response perform(UUID id, String step, Supplier<Object> call) {
        try {
            call.get();
        } catch (ServiceProblem e) {
            if (e.status() == 401 || e.status() == 403 || e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(renderEndpoint(id, null, Refusals.explain(msg, e))).build();
        }
        return Response.seeOther(URI.create(PATH + "/" + id + "?erledigt=" + step)).build();
    }

    private TemplateInstance render(String url, String description, List<String> chosen, String notice, String error) {
        return Templates.list(notifications.webhooks(0, PAGE_SIZE).items(), NotificationTypes.WEBHOOK, url, description,
                chosen, UUID.randomUUID().toString(), notice, error);
    }

    private TemplateInstance renderEndpoint(UUID id, String notice, String error) {
        return Templates.endpoint(notifications.webhook(id), notifications.deliveries(id, 0, PAGE_SIZE), notice, error);
    }
}
