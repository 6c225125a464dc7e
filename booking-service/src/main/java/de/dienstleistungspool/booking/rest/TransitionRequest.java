package de.dienstleistungspool.booking.rest;

import jakarta.validation.constraints.Size;

/**
 * The optional reason given with a lifecycle step (confirm, reject, cancel, start, no-show).
 */
public record TransitionRequest(@Size(max = 2000) String reason) {

    static String reasonOf(TransitionRequest r) {
        return r == null ? null : r.reason();
    }
}
