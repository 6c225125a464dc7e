package de.dienstleistungspool.municipality.logging;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only endpoint that fails unexpectedly, so {@link LogHygieneTest} can read the error line the platform logs for
 * a 500 (the one line a request always leaves in the log) and see whose request it was.
 */
@Path("/test-only/log-probe")
public class LogProbeResource {

    @POST
    @Authenticated
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("log probe: an unexpected failure");
    }
}
