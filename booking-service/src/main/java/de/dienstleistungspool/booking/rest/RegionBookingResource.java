package de.dienstleistungspool.booking.rest;

import de.dienstleistungspool.booking.domain.BookingStatus;
import de.dienstleistungspool.booking.domain.Sector;
import de.dienstleistungspool.booking.service.RegionBookings;
import de.dienstleistungspool.platform.paging.Paged;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The coordinator's read-only list of every booking of its region; one booking and its history are read through
 * {@code GET /bookings/{id}} and {@code /history}. The coordinator changes no member's booking (403).
 */
@Path("/region/bookings")
@Tag(name = "Coordinator")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
public class RegionBookingResource {

    @Inject
    RegionBookings bookings;

    @GET
    @Operation(summary = "Every booking of my region (coordinator), by status, period, offer, member, category, sector, emergency")
    @APIResponse(responseCode = "200", description = "One page of bookings")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    @APIResponse(responseCode = "403", description = "Not the coordinator")
    public Paged<BookingView> list(@QueryParam("status") String status, @QueryParam("from") String from,
                                   @QueryParam("to") String to, @QueryParam("offerId") String offerId,
                                   @QueryParam("memberId") String memberId, @QueryParam("category") String category,
                                   @QueryParam("sector") String sector, @QueryParam("emergency") String emergency,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                   @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return bookings.list(new RegionBookings.Filter(enumOf(BookingStatus.class, "status", status),
                BookingResource.instant("from", from), BookingResource.instant("to", to), uuid("offerId", offerId),
                uuid("memberId", memberId), category(category), enumOf(Sector.class, "sector", sector),
                flag("emergency", emergency)), page, size).map(BookingView::of);
    }

    private static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("invalid-" + name, "'" + name + "' must be a UUID");
        }
    }

    private static String category(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!CATEGORY.matcher(value).matches()) {
            throw ProblemException.badRequest("invalid-category", "'category' must be UPPER_SNAKE_CASE, e.g. SEWER_FLUSHING");
        }
        return value;
    }

    private static Boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw ProblemException.badRequest("invalid-" + name, "'" + name + "' must be true or false");
        }
        return Boolean.valueOf(value);
    }

    private static final java.util.regex.Pattern CATEGORY = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("invalid-" + name, "Unknown " + name + "; allowed: "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
