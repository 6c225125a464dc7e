package de.dienstleistungspool.platform.security;

import java.util.Map;
import java.util.UUID;

/**
 * A service's own member directory (its projection of {@code member-events}) as {@link KnownMembers} needs it to
 * cross-check the {@code member_id} and {@code region_id} a token claims; a service without one checks nothing.
 */
public interface MemberDirectoryView {

    /** What the directory knows of one member. */
    record Known(UUID regionId, boolean active) {
    }

    /** Every member the directory knows, read in one query. */
    Map<UUID, Known> load();
}
