package de.dienstleistungspool.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/**
 * A member as far as notifications need it (name and contact), kept from {@code member-events}.
 */
@Entity
public class Member {

    @Id
    public UUID memberId;

    public UUID regionId;

    public String name;

    public String contactEmail;

    public String contactPhone;

    public String status;
}
