package de.dienstleistungspool.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/**
 * Test-only endpoint taking JSON, until the service's own endpoints replace it in {@link InfrastructureTest}.
 */
@Path("/probe")
@PermitAll
public class ProbeResource {

    /** A body with one required field. */
    public record Probe(@NotBlank String name) {
    }

    @POST
    public Probe echo(@Valid Probe probe) {
        return probe;
    }
}
