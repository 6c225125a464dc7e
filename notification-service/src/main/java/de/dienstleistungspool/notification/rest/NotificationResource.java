package de.dienstleistungspool.notification.rest;

import de.dienstleistungspool.notification.domain.Notification;
import de.dienstleistungspool.notification.service.Feed;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The feed of the caller's member: every e-mail notification with its rendered subject, recipients and status.
 */
@Path("/notifications")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING, Roles.MEMBER_ADMIN, Roles.COORDINATOR})
public class NotificationResource {

    @Inject
    Feed feed;

    @Inject
    Caller caller;

    /** One entry of the feed. */
    public record NotificationView(UUID id, String eventType, UUID eventId, UUID bookingId, List<String> recipients,
                                   String subject, String status, int attempts, String error, Instant createdAt, Instant sentAt) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.id, n.eventType, n.eventId, n.bookingId, n.recipients, n.subject, n.status,
                    n.attempts, n.error, n.createdAt, n.sentAt);
        }
    }

    /** One notification with its rendered body. */
    public record NotificationDetail(NotificationView notification, String body) {
    }

    @GET
    @Operation(summary = "Pages through the caller's member's notifications, newest first")
    @APIResponse(responseCode = "200", description = "One page of notifications")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public Paged<NotificationView> list(@QueryParam("eventType") String eventType,
                                        @QueryParam("status") @Pattern(regexp = "PENDING|SENT|FAILED|NO_RECIPIENT|DISABLED") String status,
                                        @QueryParam("bookingId") UUID bookingId,
                                        @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return feed.page(caller.memberId(), eventType, status, bookingId, page, size).map(NotificationView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One notification of the caller's member, with its rendered body")
    @APIResponse(responseCode = "200", description = "The notification")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "No such notification of the caller's member")
    public NotificationDetail get(@PathParam("id") UUID id) {
        Notification n = feed.get(caller.memberId(), id);
        return new NotificationDetail(NotificationView.of(n), n.body);
    }
}
