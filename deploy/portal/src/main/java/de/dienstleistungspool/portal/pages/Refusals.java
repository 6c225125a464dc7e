package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.ServiceProblem;
import java.util.stream.Collectors;

/**
 * Says in German why a service refused something, by the problem type it answered (booking-overlap, blackout,
 * offer-unavailable ...; the list is in the message bundle, {@code msg:refusal}).
 */
final class Refusals {

    private Refusals() {
    }

    static String explain(Messages msg, ServiceProblem p) {
        String reason = msg.refusal(p.code());
        if (p.violations().isEmpty()) {
            return reason;
        }
        String fields = p.violations().stream().map(v -> msg.field(fieldName(v.field()))).distinct()
                .collect(Collectors.joining(", "));
        return reason + " " + msg.refusal_fields(fields);
    }

    /** The first segment of a violation's field ({@code qualifications[0]} gives {@code qualifications}). */
    private static String fieldName(String field) {
        String f = field == null ? "" : field;
        int cut = f.length();
        for (char c : new char[] {'.', '['}) {
            int i = f.indexOf(c);
            cut = i >= 0 ? Math.min(cut, i) : cut;
        }
        return f.substring(0, cut);
    }
}
