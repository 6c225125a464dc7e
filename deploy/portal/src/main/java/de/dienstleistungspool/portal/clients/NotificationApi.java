package de.dienstleistungspool.portal.clients;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** notification-service as the portal uses it: the member's feed, its preferences, webhooks and their deliveries. */
@RegisterRestClient(configKey = "notification")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(ProblemResponses.class)
public interface NotificationApi {

    @GET
    @Path("/notifications")
    Page<Notification> feed(@QueryParam("status") String status, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/notifications/{id}")
    NotificationDetail notification(@PathParam("id") UUID id);

    @GET
    @Path("/notification-preferences")
    List<Preference> preferences();

    @PUT
    @Path("/notification-preferences/{type}")
    Preference setPreference(@PathParam("type") String type, PreferenceRequest body);

    @DELETE
    @Path("/notification-preferences/{type}")
    void resetPreference(@PathParam("type") String type);

    @GET
    @Path("/webhooks")
    Page<Webhook> webhooks(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/webhooks/{id}")
    Webhook webhook(@PathParam("id") UUID id);

    @POST
    @Path("/webhooks")
    WebhookWithSecret register(@HeaderParam("Idempotency-Key") String key, WebhookRequest body);

    @PUT
    @Path("/webhooks/{id}")
    Webhook update(@PathParam("id") UUID id, WebhookRequest body);

    @DELETE
    @Path("/webhooks/{id}")
    void delete(@PathParam("id") UUID id);

    @GET
    @Path("/webhook-deliveries")
    Page<Delivery> deliveries(@QueryParam("endpointId") UUID endpointId, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @POST
    @Path("/webhook-deliveries/{id}/resend")
    Delivery resend(@PathParam("id") UUID id);

    /** One entry of the member's feed. */
    record Notification(UUID id, String eventType, UUID eventId, UUID bookingId, List<String> recipients,
            String subject, String status, int attempts, String error, Instant createdAt, Instant sentAt) {
    }

    /** A notification with its rendered body. */
    record NotificationDetail(Notification notification, String body) {
    }

    /** The member's settings for one notification type ({@code custom}: not the defaults). */
    record Preference(String eventType, boolean email, List<String> roles, List<String> addresses, boolean custom) {
    }

    /** A preference to store. */
    record PreferenceRequest(boolean email, List<String> roles, List<String> addresses) {
    }

    /** A webhook endpoint of the member (never with its secret). */
    record Webhook(UUID id, String url, List<String> eventTypes, String description, boolean active,
            Instant createdAt, Instant secretRotatedAt) {
    }

    /** An endpoint with its signing secret, answered once at registration. */
    record WebhookWithSecret(Webhook webhook, String secret) {
    }

    /** What registers or changes an endpoint. */
    record WebhookRequest(String url, List<String> eventTypes, String description, Boolean active) {
    }

    /** One delivery of an event to an endpoint. */
    record Delivery(UUID id, UUID endpointId, UUID eventId, String eventType, String status, int attemptCount,
            Instant nextAttemptAt, Instant giveUpAt, Instant createdAt, Instant deliveredAt) {
    }
}
