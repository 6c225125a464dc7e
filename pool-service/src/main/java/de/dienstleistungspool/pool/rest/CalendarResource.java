package de.dienstleistungspool.pool.rest;

import de.dienstleistungspool.platform.security.Caller;
import de.dienstleistungspool.pool.service.CalendarService;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Subscribable iCalendar feeds of a member's offers, authorised by the member's secret in the URL. The OpenAPI document
 * declares a feed as a file ({@code format: binary}): generated clients read any text type but {@code text/plain} as
 * JSON.
 */
@Path("/calendar")
@Tag(name = "Calendar feeds")
public class CalendarResource {

    /** Media type of iCalendar documents. */
    static final String TEXT_CALENDAR = "text/calendar; charset=UTF-8";

    @Inject
    CalendarService calendars;

    @Inject
    Caller caller;

    /** The secret (shown once) and the feed URLs that carry it. */
    public record FeedSecret(String token, URI memberFeed, String offerFeedTemplate) {
    }

    @POST
    @Path("/secret")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.WORKS_STAFF, Roles.MEMBER_ADMIN})
    @Operation(summary = "Create or rotate your member's calendar feed secret (old feed URLs stop working)")
    @APIResponse(responseCode = "201", description = "The new secret, shown once; Location is the member feed URL", content = @Content(schema = @Schema(implementation = FeedSecret.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not works staff or member admin")
    public Response rotate(@Context UriInfo uri) {
        String token = calendars.rotate();
        URI member = uri.getBaseUriBuilder().path("calendar/members/{id}.ics").queryParam("token", token)
                .build(caller.memberId());
        String offers = uri.getBaseUriBuilder().path("calendar/offers/").build() + "{offerId}.ics?token=" + token;
        return Response.created(member).entity(new FeedSecret(token, member, offers)).build();
    }

    @GET
    @Path("/members/{memberId}.ics")
    @Produces(TEXT_CALENDAR)
    @PermitAll
    @Operation(summary = "iCalendar feed of all offers of a member (bookings and blackouts); public, needs the secret")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "Unknown member or wrong secret")
    public String memberFeed(@PathParam("memberId") UUID memberId, @QueryParam("token") @Parameter(required = true) String token) {
        return calendars.memberFeed(memberId, token);
    }

    @GET
    @Path("/offers/{offerId}.ics")
    @Produces(TEXT_CALENDAR)
    @PermitAll
    @Operation(summary = "iCalendar feed of one offer (bookings and blackouts); public, needs the owner's secret")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "Unknown offer or wrong secret")
    public String offerFeed(@PathParam("offerId") UUID offerId, @QueryParam("token") @Parameter(required = true) String token) {
        return calendars.offerFeed(offerId, token);
    }
}
