package de.dienstleistungspool.notification.rest;

import de.dienstleistungspool.notification.domain.WebhookAttempt;
import de.dienstleistungspool.notification.domain.WebhookDelivery;
import de.dienstleistungspool.notification.service.WebhookDeliveries;
import de.dienstleistungspool.platform.paging.Paged;
import de.dienstleistungspool.platform.security.Caller;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's member's webhook deliveries with every attempt, and re-sending one.
 */
@Path("/webhook-deliveries")
@Tag(name = "Webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER_ADMIN)
public class WebhookDeliveryResource {

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    Caller caller;

    /** A delivery as listed. */
    public record DeliveryView(UUID id, UUID endpointId, UUID eventId, String eventType, String status, int attemptCount,
                               Instant nextAttemptAt, Instant giveUpAt, Instant createdAt, Instant deliveredAt) {
        static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(d.id, d.endpointId, d.eventId, d.eventType, d.status, d.attemptCount,
                    "PENDING".equals(d.status) ? d.nextAttemptAt : null, d.giveUpAt, d.createdAt, d.deliveredAt);
        }
    }

    /** One POST of a delivery. */
    public record AttemptView(Instant attemptedAt, Integer statusCode, String error, long durationMs) {
        static AttemptView of(WebhookAttempt a) {
            return new AttemptView(a.attemptedAt, a.statusCode, a.error, a.durationMs);
        }
    }

    /** A delivery with its body and attempts. */
    public record DeliveryDetail(DeliveryView delivery, String payload, List<AttemptView> attempts) {
    }

    @GET
    @Operation(summary = "Pages through the caller's member's webhook deliveries, newest first")
    @APIResponse(responseCode = "200", description = "One page of deliveries")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only a member-admin")
    public Paged<DeliveryView> list(@QueryParam("endpointId") UUID endpointId,
                                    @QueryParam("status") @Pattern(regexp = "PENDING|DELIVERED|FAILED") String status,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return deliveries.list(caller.memberId(), endpointId, status, page, size).map(DeliveryView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One delivery with its payload and every attempt (status code, error, duration)")
    @APIResponse(responseCode = "200", description = "The delivery")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only a member-admin")
    @APIResponse(responseCode = "404", description = "No such delivery of the caller's member")
    public DeliveryDetail get(@PathParam("id") UUID id) {
        WebhookDelivery d = deliveries.get(caller.memberId(), id);
        return new DeliveryDetail(DeliveryView.of(d), d.payload, deliveries.attemptsOf(id).stream().map(AttemptView::of).toList());
    }

    @POST
    @Path("/{id}/resend")
    @Operation(summary = "Sends a delivery again now, with a fresh 24 h retry window")
    @APIResponse(responseCode = "202", description = "Queued for sending")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only a member-admin")
    @APIResponse(responseCode = "404", description = "No such delivery of the caller's member")
    @APIResponse(responseCode = "409", description = "The delivery is being sent right now")
    public Response resend(@PathParam("id") UUID id) {
        return Response.accepted(DeliveryView.of(deliveries.resend(caller.memberId(), id))).build();
    }
}
