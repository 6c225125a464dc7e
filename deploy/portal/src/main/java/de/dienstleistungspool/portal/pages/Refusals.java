package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.ServiceProblem;

/**
 * Says in German why a service refused something, by the problem type it answered (booking-overlap, blackout,
 * offer-unavailable ...); the service's own detail names the period or field and is shown beside it.
 */
final class Refusals {

    private Refusals() {
    }

    static String explain(Messages msg, ServiceProblem p) {
        return msg.error_refused_title() + (p.detail() == null ? "" : ": " + p.detail());
    }
}
