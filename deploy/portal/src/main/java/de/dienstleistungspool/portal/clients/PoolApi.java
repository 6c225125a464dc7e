package de.dienstleistungspool.portal.clients;

import jakarta.ws.rs.GET;
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

/** pool-service as the portal uses it: offers, their availability, the search for free offers, calendar feeds. */
@RegisterRestClient(configKey = "pool")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(ProblemResponses.class)
public interface PoolApi {

    @GET
    @Path("/offers")
    Page<Offer> offers(@QueryParam("kind") String kind, @QueryParam("category") String category,
            @QueryParam("status") String status, @QueryParam("mine") boolean mine, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/offers/{id}")
    Offer offer(@PathParam("id") UUID id);

    @GET
    @Path("/offers/{id}/availability")
    Availability availability(@PathParam("id") UUID id, @QueryParam("from") Instant from, @QueryParam("to") Instant to);

    @GET
    @Path("/search")
    Page<SearchHit> search(@QueryParam("from") Instant from, @QueryParam("to") Instant to,
            @QueryParam("kind") String kind, @QueryParam("category") String category,
            @QueryParam("sector") String sector, @QueryParam("radiusKm") BigDecimal radiusKm,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/board")
    Page<BoardRow> board(@QueryParam("from") Instant from, @QueryParam("to") Instant to,
            @QueryParam("kind") String kind, @QueryParam("category") String category,
            @QueryParam("sector") String sector, @QueryParam("radiusKm") BigDecimal radiusKm,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/calendar/secret")
    CalendarSecret newCalendarSecret();

    @GET
    @Path("/utilisation")
    Utilisation utilisation(@QueryParam("year") int year, @QueryParam("groupBy") String groupBy,
            @QueryParam("granularity") String granularity, @QueryParam("memberId") UUID memberId);

    @GET
    @Path("/utilisation")
    @jakarta.ws.rs.Produces("*/*")
    org.jboss.resteasy.reactive.RestResponse<byte[]> utilisationCsv(@QueryParam("year") int year,
            @QueryParam("groupBy") String groupBy, @QueryParam("granularity") String granularity,
            @QueryParam("format") String format);

    @GET
    @Path("/regions/{regionId}/shortage-radar")
    ShortageReport shortageRadar(@PathParam("regionId") UUID regionId, @QueryParam("year") int year);

    @GET
    @Path("/regions/{regionId}/shortage-radar")
    @jakarta.ws.rs.Produces("*/*")
    org.jboss.resteasy.reactive.RestResponse<byte[]> shortageRadarCsv(@PathParam("regionId") UUID regionId,
            @QueryParam("year") int year, @QueryParam("format") String format);

    /** The region's shortage radar of a year: unmet demand per category, sector and month, and the hints. */
    record ShortageReport(UUID regionId, int year, List<ShortageRow> rows, List<ShortageHint> hints) {
    }

    /** One category and sector (null: searches that named none) in one month ({@code 2026-03}). */
    record ShortageRow(String category, String categoryName, String sector, String month, long searchesWithoutHit,
            long refusals, long waitlistEntries, long unmetDemand, long members, BigDecimal meanDistanceKm,
            BigDecimal bookableHours, BigDecimal bookedHours, BigDecimal utilisation) {
    }

    /** Months in which demand for a category and sector went unmet, in a German sentence. */
    record ShortageHint(String category, String sector, String fromMonth, String toMonth, String text) {
    }

    /** Booked against bookable hours of the region's offers, grouped, per month or year. */
    record Utilisation(int year, String groupBy, String granularity, List<UtilisationRow> rows) {
    }

    /** One group in one period; {@code utilisation} is booked / bookable (null when nothing was bookable). */
    record UtilisationRow(String key, String label, String period, BigDecimal bookableHours, BigDecimal bookedHours,
            BigDecimal utilisation) {
    }

    /** One offer on the county board with its distance and what keeps it busy in the window. */
    record BoardRow(Offer offer, BigDecimal distanceKm, List<Busy> busy) {
    }

    /** An offer as every member of the region sees it. */
    record Offer(UUID id, UUID ownerMemberId, UUID regionId, String kind, String category, String title,
            String description, List<String> sectors, Depot depot, String unit, int bufferMinutes,
            List<String> settlementModes, boolean autoConfirm, String status, String conditionNotes,
            String requiredQualification, List<String> qualifications, BigDecimal capacityPerDay,
            List<Period> windows, List<Hours> bookableHours) {
    }

    /** One period of an offer's weekly bookable hours: on these days (MONDAY …) from–to, local time. */
    record Hours(List<String> days, String from, String to) {
    }

    /** Where an offer stands. */
    record Depot(String name, double latitude, double longitude) {
    }

    /** A half-open period [start, end). */
    record Period(Instant start, Instant end) {
    }

    /** Free and busy periods of one offer in a window. */
    record Availability(UUID offerId, Instant from, Instant to, List<Period> free, List<Busy> busy) {
    }

    /** A busy period: a BOOKING (with id and status for its participants) or a BLACKOUT (reason for the owner). */
    record Busy(Instant start, Instant end, String source, UUID bookingId, String status, String reason) {
    }

    /** A free offer with its distance from the searching member's depot. */
    record SearchHit(Offer offer, BigDecimal distanceKm) {
    }

    /** A member's calendar feed secret, shown once. */
    record CalendarSecret(String token, String memberFeed, String offerFeedTemplate) {
    }
}
