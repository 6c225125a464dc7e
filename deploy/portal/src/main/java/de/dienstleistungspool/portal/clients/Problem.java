package de.dienstleistungspool.portal.clients;

import java.util.List;

/** The services' error answer (RFC 9457 problem details, with a list of violations for invalid input). */
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> violations) {

    /** One invalid field. */
    public record Violation(String field, String message) {
    }
}
