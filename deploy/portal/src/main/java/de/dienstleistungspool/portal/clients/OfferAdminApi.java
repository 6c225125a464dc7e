package de.dienstleistungspool.portal.clients;

import jakarta.ws.rs.DELETE;
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

/** pool-service as the owner of offers uses it: create and edit offers, pause, resume, retire, block periods. */
@RegisterRestClient(configKey = "pool")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(ProblemResponses.class)
public interface OfferAdminApi {

    @POST
    @Path("/offers")
    PoolApi.Offer create(@HeaderParam("Idempotency-Key") String key, OfferRequest body);

    @PUT
    @Path("/offers/{id}")
    PoolApi.Offer update(@PathParam("id") UUID id, OfferRequest body);

    /** pause, resume or retire ({@code force} acknowledges open bookings when retiring). */
    @POST
    @Path("/offers/{id}/{step}")
    PoolApi.Offer step(@PathParam("id") UUID id, @PathParam("step") String step, @QueryParam("force") boolean force);

    @GET
    @Path("/offers/{id}/blackouts")
    List<Blackout> blackouts(@PathParam("id") UUID id);

    @POST
    @Path("/offers/{id}/blackouts")
    Blackout addBlackout(@HeaderParam("Idempotency-Key") String key, @PathParam("id") UUID id, NewBlackout body);

    @DELETE
    @Path("/offers/{id}/blackouts/{blackoutId}")
    void removeBlackout(@PathParam("id") UUID id, @PathParam("blackoutId") UUID blackoutId);

    /** What an owner states about an offer (the complete content: an edit replaces it). */
    record OfferRequest(String kind, String category, String title, String description, List<String> sectors,
            DepotRef depot, String unit, Integer bufferMinutes, List<String> settlementModes, boolean autoConfirm,
            String conditionNotes, String requiredQualification, List<String> qualifications,
            BigDecimal capacityPerDay, List<PoolApi.Period> windows, List<PoolApi.Hours> bookableHours) {
    }

    /** A depot of the owner by id, or the place the offer stands at now (name and coordinates). */
    record DepotRef(UUID depotId, String name, BigDecimal latitude, BigDecimal longitude) {
    }

    /** A blackout; reason and the bookings it hits only for the owner. */
    record Blackout(UUID id, UUID offerId, Instant start, Instant end, String reason, String createdBy,
            Instant createdAt, List<BookingRef> hitBookings) {
    }

    /** A booking a new blackout hits. */
    record BookingRef(UUID bookingId, String status, Instant start, Instant end, UUID consumerMemberId) {
    }

    /** A period to block, with its reason. */
    record NewBlackout(Instant start, Instant end, String reason) {
    }
}
