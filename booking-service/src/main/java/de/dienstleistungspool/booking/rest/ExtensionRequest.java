package de.dienstleistungspool.booking.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The later end a requester asks for. */
public record ExtensionRequest(@NotNull Instant end, @Size(max = 2000) String reason) {
}
