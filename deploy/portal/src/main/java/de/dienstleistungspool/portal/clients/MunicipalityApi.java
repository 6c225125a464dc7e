package de.dienstleistungspool.portal.clients;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** municipality-service as the portal reads it: members (with depots) and the region. */
@RegisterRestClient(configKey = "municipality")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(ProblemResponses.class)
public interface MunicipalityApi {

    @GET
    @Path("/members/{id}")
    Member member(@PathParam("id") UUID id);

    @GET
    @Path("/members")
    Page<Member> members(@jakarta.ws.rs.QueryParam("page") int page, @jakarta.ws.rs.QueryParam("size") int size);

    @GET
    @Path("/regions/{id}")
    Region region(@PathParam("id") UUID id);

    /** A member of the region with its depots. */
    record Member(UUID id, UUID regionId, String name, String kind, List<String> sectors, String status,
            List<Depot> depots) {
    }

    /** A member's depot (Bauhof, Klärwerk). */
    record Depot(UUID id, String name, BigDecimal latitude, BigDecimal longitude) {
    }

    /** The region (county) of the pool. */
    record Region(UUID id, String name, String coordinatorName, String coordinatorEmail) {
    }
}
