package de.dienstleistungspool.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A member as far as notifications need it (name and contact), kept from {@code member-events}.
 */
@Entity
@Table(name = "member")
public class Member {

    @Id
    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "region_id")
    public UUID regionId;

    public String name;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    public String status;
}
