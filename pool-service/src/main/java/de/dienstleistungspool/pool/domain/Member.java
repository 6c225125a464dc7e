package de.dienstleistungspool.pool.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** This service's copy of a member of a region, projected from member-events. */
@Entity
public class Member {

    @Id
    public UUID memberId;

    public UUID regionId;

    public String name;

    public String status;

    public Instant lastEventAt;
}
