package de.dienstleistungspool.notification.rest;

import com.fasterxml.jackson.annotation.JsonView;
import de.dienstleistungspool.platform.text.SingleLine;
import de.dienstleistungspool.notification.domain.WebhookEndpoint;
import de.dienstleistungspool.notification.service.WebhookEndpoints;
import de.dienstleistungspool.platform.idempotency.Idempotent;
import de.dienstleistungspool.platform.idempotency.ShownOnce;
import de.dienstleistungspool.platform.paging.Paged;
import de.dienstleistungspool.platform.security.Caller;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's member's webhook endpoints; the signing secret is shown only when registered or rotated.
 */
@Path("/webhooks")
@Tag(name = "Webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER_ADMIN)
public class WebhookResource {

    @Inject
    WebhookEndpoints endpoints;

    @Inject
    Caller caller;

    /** What registers or changes an endpoint. */
    public record WebhookRequest(@NotBlank @Size(max = 2000) String url,
                                 @NotEmpty @Size(max = 20) List<@NotBlank String> eventTypes,
                                 @Size(max = 500) @SingleLine String description,
                                 Boolean active) {
    }

    /**
     * An endpoint as listed (without its secret); {@code previousSecretsValidUntil} says until when deliveries are
     * also signed with the secrets its last rotations replaced (null if never rotated).
     */
    public record WebhookView(UUID id, String url, List<String> eventTypes, String description, boolean active,
                              Instant createdAt, Instant secretRotatedAt, Instant previousSecretsValidUntil) {
        static WebhookView of(WebhookEndpoint e) {
            return new WebhookView(e.id, e.url, e.eventTypes, e.description, e.active, e.createdAt, e.secretRotatedAt,
                    e.previousSecretsValidUntil);
        }
    }

    /** An endpoint with its secret, answered once at registration and at each rotation. */
    public record WebhookWithSecret(WebhookView webhook, @JsonView(ShownOnce.class) String secret) {
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registers a webhook endpoint; the answer carries the signing secret, shown this once")
    @APIResponse(responseCode = "201", description = "Registered; Location names the endpoint", content = @Content(schema = @Schema(implementation = WebhookWithSecret.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only a member-admin")
    @APIResponse(responseCode = "422", description = "URL not allowed or unknown event type")
    public Response register(@HeaderParam(Idempotent.HEADER) String idempotencyKey, @Valid @NotNull WebhookRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        WebhookEndpoint e = endpoints.register(caller.memberId(), request.url(), request.eventTypes(), request.description());
        return Response.created(uri.getAbsolutePathBuilder().path(e.id.toString()).build())
                .entity(new WebhookWithSecret(WebhookView.of(e), e.secret)).build();
    }

    @GET
    @Operation(summary = "Pages through the caller's member's webhook endpoints")
    @APIResponse(responseCode = "200", description = "One page of endpoints")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only a member-admin")
    public Paged<WebhookView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                   @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return endpoints.list(caller.memberId(), page, size).map(WebhookView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One webhook endpoint of the caller's member")
    @APIResponse(responseCode = "200", description = "The endpoint")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only a member-admin")
    @APIResponse(responseCode = "404", description = "No such endpoint of the caller's member")
    public WebhookView get(@PathParam("id") UUID id) {
        return WebhookView.of(endpoints.get(caller.memberId(), id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes URL, event types, description or active flag of an endpoint")
    @APIResponse(responseCode = "200", description = "The changed endpoint")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only a member-admin")
    @APIResponse(responseCode = "404", description = "No such endpoint of the caller's member")
    @APIResponse(responseCode = "422", description = "URL not allowed or unknown event type")
    public WebhookView update(@PathParam("id") UUID id, @Valid @NotNull WebhookRequest request) {
        return WebhookView.of(endpoints.update(caller.memberId(), id, request.url(), request.eventTypes(), request.description(),
                request.active() == null || request.active()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Deletes an endpoint with its deliveries")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only a member-admin")
    @APIResponse(responseCode = "404", description = "No such endpoint of the caller's member")
    public void delete(@PathParam("id") UUID id) {
        endpoints.delete(caller.memberId(), id);
    }

    @POST
    @Path("/{id}/secret")
    @Operation(summary = "Rotates the signing secret; the answer carries the new secret, shown this once",
            description = "Deliveries are signed with the new secret and, for notification.webhooks.secret-overlap "
                    + "(24 h), also with the replaced one: the Webhook-Signature header then holds several "
                    + "space-separated v1,<base64> signatures, so a receiver verifies with either while it switches.")
    @APIResponse(responseCode = "200", description = "The endpoint with its new secret")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only a member-admin")
    @APIResponse(responseCode = "404", description = "No such endpoint of the caller's member")
    public WebhookWithSecret rotate(@PathParam("id") UUID id) {
        WebhookEndpoint e = endpoints.rotateSecret(caller.memberId(), id);
        return new WebhookWithSecret(WebhookView.of(e), e.secret);
    }
}
