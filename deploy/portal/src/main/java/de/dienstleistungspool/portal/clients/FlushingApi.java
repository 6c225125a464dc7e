package de.dienstleistungspool.portal.clients;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

/** booking-service's county flushing plan as the coordinator uses it: the plan of a year and sector, its campaign. */
@RegisterRestClient(configKey = "booking")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(ProblemResponses.class)
public interface FlushingApi {

    @GET
    @Path("/flushing-plans/{year}")
    Plan plan(@PathParam("year") int year, @QueryParam("sector") String sector);

    @POST
    @Path("/flushing-campaigns")
    Campaign create(@HeaderParam("Idempotency-Key") String key, NewCampaign body);

    @GET
    @Path("/flushing-campaigns/{id}")
    Campaign campaign(@PathParam("id") UUID id);

    /** The region's demand against the vehicles' free capacity per month and unit. */
    record Plan(int year, String sector, UUID campaignId, List<Month> months, List<Demand> demands, List<Vehicle> vehicles) {
    }

    /** One month and unit of the plan. */
    record Month(int month, String unit, BigDecimal demand, BigDecimal capacity, boolean shortfall) {
    }

    /** A member's yearly demand of the sector. */
    record Demand(UUID id, UUID memberId, String unit, BigDecimal quantity, List<Integer> preferredMonths, List<Site> sites,
            UUID campaignId) {
    }

    /** A place to flush. */
    record Site(String name, double latitude, double longitude, BigDecimal quantity) {
    }

    /** A flushing vehicle of the sector. */
    record Vehicle(UUID offerId, String title, UUID ownerMemberId, String unit, BigDecimal capacityPerDay, int freeDays) {
    }

    /** Which plan becomes a campaign. */
    record NewCampaign(int year, String sector) {
    }

    /** A campaign: its series per member and provider and what it could not book. */
    record Campaign(UUID id, int year, String sector, Instant createdAt, List<Series> series, List<Conflict> conflicts) {
    }

    /** One member's job days with one provider's vehicle. */
    record Series(UUID seriesId, UUID memberId, UUID offerId, BigDecimal distanceKm, List<BookingApi.Booking> bookings) {
    }

    /** What could not be booked for a site, and why. */
    record Conflict(UUID memberId, String site, BigDecimal quantity, String reason, Instant start, Instant end) {
    }
}
