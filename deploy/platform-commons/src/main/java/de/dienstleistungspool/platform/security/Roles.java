package de.dienstleistungspool.platform.security;

/**
 * The role names carried in the {@code groups} claim of every token, as used in {@code @RolesAllowed}.
 */
public final class Roles {

    /** Manages the region: members, rates, year-end close. */
    public static final String COORDINATOR = "coordinator";
    /** Books offers for its member. */
    public static final String DISPATCHER = "dispatcher";
    /** Manages its member's offers, records pick-up, return and usage, checks availability. */
    public static final String WORKS_STAFF = "works-staff";
    /** Reads its member's ledger and reports. */
    public static final String ACCOUNTING = "accounting";
    /** Manages its member's users, API clients, webhooks and notification preferences. */
    public static final String MEMBER_ADMIN = "member-admin";

    /**
     * Runs the platform for every county: the only role that may rotate the token signing key. Held by the operator
     * client configured in municipality-service ({@code identity.operator.*}), never granted to a county's people.
     */
    public static final String PLATFORM_OPERATOR = "platform-operator";

    private Roles() {
    }
}
