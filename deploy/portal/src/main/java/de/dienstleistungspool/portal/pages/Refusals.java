package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.ServiceProblem;

/**
 * Says in German why a service refused something, by the problem type it answered (booking-overlap, blackout,
 * offer-unavailable ...; the list is in the message bundle, {@code msg:refusal}).
 */
final class Refusals {

    private Refusals() {
    }

    static String explain(Messages msg, ServiceProblem p) {
        return msg.refusal(p.code());
    }
}
