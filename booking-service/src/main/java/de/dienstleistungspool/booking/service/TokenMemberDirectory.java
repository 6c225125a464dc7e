package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.platform.security.MemberTableDirectory;
import jakarta.enterprise.context.ApplicationScoped;

/** This service's member projection, against which every token's {@code member_id} and {@code region_id} are checked. */
@ApplicationScoped
public class TokenMemberDirectory extends MemberTableDirectory {
}
