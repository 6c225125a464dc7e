package de.dienstleistungspool.portal.clients;

import java.util.List;

/**
 * A service refused a call: the status and the RFC 9457 problem details it answered with, so a page can say in
 * German what went wrong (by {@code type}) instead of showing an error page.
 */
public class ServiceProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String detail;
    private final List<Problem.Violation> violations;

    public ServiceProblem(int status, Problem problem) {
        super(status + " " + (problem == null ? "" : problem.type() + ": " + problem.detail()));
        this.status = status;
        this.type = problem == null || problem.type() == null ? "about:blank" : problem.type();
        this.detail = problem == null ? null : problem.detail();
        this.violations = problem == null || problem.violations() == null ? List.of() : problem.violations();
    }

    public int status() {
        return status;
    }

    /** The problem type without its {@code urn:problem:} prefix, e.g. {@code booking-overlap}. */
    public String code() {
        return type.startsWith("urn:problem:") ? type.substring("urn:problem:".length()) : type;
    }

    public String detail() {
        return detail;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
