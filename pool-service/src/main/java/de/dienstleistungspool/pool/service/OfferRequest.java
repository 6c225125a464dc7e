package de.dienstleistungspool.pool.service;

import de.dienstleistungspool.platform.text.SingleLine;
import de.dienstleistungspool.pool.domain.OfferKind;
import de.dienstleistungspool.pool.domain.Sector;
import de.dienstleistungspool.pool.domain.SettlementMode;
import de.dienstleistungspool.pool.domain.Unit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What an owner states about an offer when creating or editing it; the kind cannot change after creation.
 *
 * @param depot          where the offer stands: a depot of the owner by id, or a named place with coordinates;
 *                       omitted means the owner's main depot
 * @param windows        for STAFF_STANDBY: the windows in which the person can be booked (required)
 * @param capacityPerDay for SERVICE: typical capacity per day in the offer's unit (required)
 * @param emergencyUse   whether emergency requests may book it at once (then {@code onCall} is required)
 * @param onCall         who is alerted when an emergency request books it
 * @param person         the person (or crew) the offer provides, identified by the owner (e.g. the user id of the
 *                       Wassermeister); bookings of the owner's offers never hold one person twice at the same time
 * @param bookableHours  the weekly hours in which the offer can be booked (Europe/Berlin); omitted: around the clock
 *                       for a new offer, unchanged when editing
 */
public record OfferRequest(
        @NotNull OfferKind kind,
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}", message = "must be UPPER_SNAKE_CASE, e.g. SEWER_TV_CAMERA") String category,
        @NotBlank @Size(max = 200) @SingleLine String title,
        @Size(max = 4000) String description,
        @NotEmpty Set<@NotNull Sector> sectors,
        @Valid DepotRequest depot,
        @NotNull Unit unit,
        @Min(0) @Max(10080) Integer bufferMinutes,
        @NotEmpty Set<@NotNull SettlementMode> settlementModes,
        boolean autoConfirm,
        @Size(max = 2000) String conditionNotes,
        @Size(max = 200) @SingleLine String requiredQualification,
        @Size(max = 30) List<@NotBlank @Size(max = 200) @SingleLine String> qualifications,
        @Positive BigDecimal capacityPerDay,
        @Size(max = 500) List<@Valid @NotNull WindowRequest> windows,
        Boolean emergencyUse,
        @Valid OnCallRequest onCall,
        @Valid PersonRequest person,
        @Size(max = 50) List<@Valid @NotNull BookableHours> bookableHours) {

    /** The owner's on-call contact for emergencies. */
    public record OnCallRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email,
                                @Size(max = 50) @Pattern(regexp = "[+0-9 ()/-]*", message = "must be a phone number") String phone) {
    }

    /** The person (or crew) an offer provides. */
    public record PersonRequest(@NotNull UUID id, @NotBlank @Size(max = 200) String name) {
    }

    /** A depot of the owner ({@code depotId}) or an explicit place. */
    public record DepotRequest(
            UUID depotId,
            @Size(max = 200) @SingleLine String name,
            @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {
    }

    /** A bookable window [start, end). */
    public record WindowRequest(@NotNull Instant start, @NotNull Instant end) {
    }
}
