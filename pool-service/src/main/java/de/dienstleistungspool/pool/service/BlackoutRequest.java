package de.dienstleistungspool.pool.service;

import de.dienstleistungspool.platform.text.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * An owner's request to block an offer for [start, end), e.g. for maintenance or a breakdown.
 *
 * @param onBookings what happens to bookings of the period that have not started: {@code WITHDRAW} (the default:
 *                   booking-service withdraws them and tells each requester with equivalent offers) or {@code REFUSE}
 *                   (the blackout is refused with 409 while they stand)
 */
public record BlackoutRequest(@NotNull Instant start, @NotNull Instant end, @NotBlank @Size(max = 500) @SingleLine String reason,
                              OnBookings onBookings) {

    /** What a blackout does to the bookings it hits. */
    public enum OnBookings { WITHDRAW, REFUSE }
}
