package de.dienstleistungspool.portal.session;

/**
 * The role names of the {@code groups} claim (the portal does not depend on platform-commons, which brings a
 * database and Kafka; these strings are the same as there).
 */
public final class Roles {

    public static final String COORDINATOR = "coordinator";
    public static final String DISPATCHER = "dispatcher";
    public static final String WORKS_STAFF = "works-staff";
    public static final String ACCOUNTING = "accounting";
    public static final String MEMBER_ADMIN = "member-admin";

    private Roles() {
    }
}
