package de.dienstleistungspool.pool.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** An owner's request to block an offer for [start, end), e.g. for maintenance. */
public record BlackoutRequest(@NotNull Instant start, @NotNull Instant end, @NotBlank @Size(max = 500) String reason) {
}
