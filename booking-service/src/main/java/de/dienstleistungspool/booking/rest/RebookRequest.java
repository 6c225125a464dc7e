package de.dienstleistungspool.booking.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Which equivalent offer replaces a withdrawn booking (e.g. one named in its BookingWithdrawn event). */
public record RebookRequest(@NotNull UUID offerId, @Size(max = 2000) String reason) {
}
