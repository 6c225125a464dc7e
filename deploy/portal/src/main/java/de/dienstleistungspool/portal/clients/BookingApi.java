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

/** booking-service as the portal uses it: request, read and move bookings; request a rota. */
@RegisterRestClient(configKey = "booking")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(ProblemResponses.class)
public interface BookingApi {

    @POST
    @Path("/bookings")
    Booking request(@HeaderParam("Idempotency-Key") String key, NewBooking body);

    @GET
    @Path("/bookings")
    Page<Booking> bookings(@QueryParam("role") String role, @QueryParam("status") String status,
            @QueryParam("from") Instant from, @QueryParam("to") Instant to, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/bookings/{id}")
    Booking booking(@PathParam("id") UUID id);

    @GET
    @Path("/bookings/{id}/history")
    List<Transition> history(@PathParam("id") UUID id);

    /** confirm, reject, cancel, start, no-show. */
    @POST
    @Path("/bookings/{id}/{step}")
    Booking step(@PathParam("id") UUID id, @PathParam("step") String step, @HeaderParam("Idempotency-Key") String key,
            Reason body);

    @POST
    @Path("/bookings/{id}/complete")
    Booking complete(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String key, Completion body);

    @POST
    @Path("/booking-series")
    Series series(@HeaderParam("Idempotency-Key") String key, @QueryParam("skipConflicts") boolean skipConflicts,
            NewSeries body);

    /** A booking as requester and provider see it. */
    record Booking(UUID id, UUID offerId, UUID seriesId, String offerKind, String offerTitle, String category,
            String sector, UUID providerMemberId, UUID consumerMemberId, Instant start, Instant end,
            int bufferMinutes, String status, String settlementMode, String site, Quantity scope, Quantity usage,
            Boolean lateCancellation, String note, String requestedBy, Instant createdAt, Instant updatedAt,
            String externalReference, String costCentre) {
    }

    /** A quantity with its unit (HOUR, DAY, METRE). */
    record Quantity(BigDecimal quantity, String unit) {
    }

    /** One line of a booking's audit trail. */
    record Transition(String from, String to, String actor, UUID actorMemberId, String reason, Instant at) {
    }

    /** A booking request. */
    record NewBooking(UUID offerId, Instant start, Instant end, String settlementMode, String sector, String site,
            BigDecimal scopeQuantity, String scopeUnit, String note, String externalReference, String costCentre) {
    }

    /** The optional reason of a lifecycle step. */
    record Reason(String reason) {
    }

    /** The actual usage recorded at completion. */
    record Completion(Quantity usage, String reason) {
    }

    /** A rota: a weekly rule on the Europe/Berlin calendar. */
    record NewSeries(UUID offerId, String settlementMode, String sector, String note, Weekly weekly) {
    }

    /** Every listed weekday from {@code from} to {@code until}, startTime to endTime spanDays later (local). */
    record Weekly(String from, String until, List<String> days, String startTime, String endTime, int spanDays) {
    }

    /** A booked rota: the bookings and the skipped occurrences. */
    record Series(UUID seriesId, List<Booking> bookings, List<Skipped> skipped) {
    }

    /** An occurrence of a rota that was not booked, and why. */
    record Skipped(Instant start, Instant end, String reason) {
    }
}
