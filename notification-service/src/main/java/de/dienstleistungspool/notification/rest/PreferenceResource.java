package de.dienstleistungspool.notification.rest;

import de.dienstleistungspool.platform.text.SingleLine;
import de.dienstleistungspool.notification.domain.NotificationType;
import de.dienstleistungspool.notification.service.Preferences;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's member's notification preferences per type: e-mail on or off, which roles, which further addresses.
 */
@Path("/notification-preferences")
@Tag(name = "Notification preferences")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER_ADMIN)
public class PreferenceResource {

    private static final String ROLE = "coordinator|dispatcher|works-staff|accounting|member-admin";

    @Inject
    Preferences preferences;

    @Inject
    Caller caller;

    /** The settings of one type; {@code custom} is false where the defaults apply. */
    public record PreferenceView(String eventType, boolean email, List<String> roles, List<String> addresses, boolean custom) {
        static PreferenceView of(Preferences.Preference p) {
            return new PreferenceView(p.type().name(), p.email(), p.roles(), p.addresses(), p.custom());
        }
    }

    /** A member's choice for one type; the roles apply on whichever side of a booking the member is. */
    public record PreferenceRequest(@NotNull Boolean email,
                                    @NotNull @Size(max = 5) List<@NotNull @Pattern(regexp = ROLE, message = "must be one of " + ROLE) String> roles,
                                    @Size(max = 20) List<@NotBlank @Email @Size(max = 254) @SingleLine String> addresses) {
    }

    @GET
    @Operation(summary = "Lists the preferences of every notification type as they apply to the caller's member")
    @APIResponse(responseCode = "200", description = "One entry per notification type")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only a member-admin")
    public List<PreferenceView> list() {
        return preferences.all(caller.memberId()).stream().map(PreferenceView::of).toList();
    }

    @PUT
    @Path("/{eventType}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets the caller's member's preference for one notification type")
    @APIResponse(responseCode = "200", description = "The stored preference")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only a member-admin")
    @APIResponse(responseCode = "404", description = "Unknown notification type")
    public PreferenceView set(@PathParam("eventType") String eventType, @Valid @NotNull PreferenceRequest request) {
        return PreferenceView.of(preferences.set(caller.memberId(), type(eventType), request.email(), request.roles(),
                request.addresses() == null ? List.of() : request.addresses()));
    }

    @DELETE
    @Path("/{eventType}")
    @Operation(summary = "Returns one notification type to the defaults")
    @APIResponse(responseCode = "204", description = "Defaults apply again")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only a member-admin")
    @APIResponse(responseCode = "404", description = "Unknown notification type")
    public void reset(@PathParam("eventType") String eventType) {
        preferences.reset(caller.memberId(), type(eventType));
    }

    private static NotificationType type(String name) {
        return NotificationType.of(name).orElseThrow(() -> new ProblemException(404, "unknown-event-type", "Not found",
                "Unknown notification type '" + name + "'; known: " + Arrays.toString(NotificationType.values())));
    }
}
