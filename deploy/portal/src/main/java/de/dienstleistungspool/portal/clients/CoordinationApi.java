package de.dienstleistungspool.portal.clients;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** municipality-service as the coordinator uses it: the region's members (list, admit) and the rates per year. */
@RegisterRestClient(configKey = "municipality")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(ProblemResponses.class)
public interface CoordinationApi {

    @GET
    @Path("/members")
    Page<MemberEntry> members(@QueryParam("status") String status, @QueryParam("name") String name,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/members")
    Admitted admit(@HeaderParam("Idempotency-Key") String key, NewMember body);

    @GET
    @Path("/regions/{regionId}/rates/{year}")
    RateCard rates(@PathParam("regionId") UUID regionId, @PathParam("year") int year);

    @PUT
    @Path("/regions/{regionId}/rates/{year}")
    RateCard publish(@PathParam("regionId") UUID regionId, @PathParam("year") int year, NewRateCard body);

    /** A member of the region as the directory lists it. */
    record MemberEntry(UUID id, String name, String kind, List<String> sectors, String status, String leitwegId,
            String contactEmail, String contactPhone, Address address, List<MunicipalityApi.Depot> depots,
            Instant joinedAt, Instant leftAt) {
    }

    /** A postal address. */
    record Address(String street, String postalCode, String city) {
    }

    /** A member to admit, with its first depot and its first member-admin. */
    record NewMember(String name, String kind, List<String> sectors, String leitwegId, String contactEmail,
            String contactPhone, Address address, List<NewDepot> depots, FirstAdmin firstAdmin) {
    }

    /** A depot with its coordinates (WGS84). */
    record NewDepot(String name, BigDecimal latitude, BigDecimal longitude, Address address) {
    }

    /** The first member-admin of a new member. */
    record FirstAdmin(String name, String email) {
    }

    /** The admitted member and its first admin with the initial password, shown only in this answer. */
    record Admitted(MemberEntry member, IssuedUser firstAdmin) {
    }

    /** A person just created and the initial password. */
    record IssuedUser(User user, String initialPassword) {
    }

    /** A person of a member. */
    record User(UUID id, String name, String email, List<String> roles) {
    }

    /** The rates and terms of a year; {@code closed} years are frozen. */
    record RateCard(UUID regionId, int year, boolean closed, List<Rate> rates, Terms settlementTerms) {
    }

    /** One rate: EUR per unit for a category in a sector. */
    record Rate(String sector, String category, String unit, BigDecimal amount) {
    }

    /** The tolerance of non-monetary balances (hours) and what happens to what lies within it. */
    record Terms(BigDecimal toleranceHours, String remainder) {
    }

    /** A complete rate card to publish. */
    record NewRateCard(List<Rate> rates, Terms settlementTerms) {
    }
}
