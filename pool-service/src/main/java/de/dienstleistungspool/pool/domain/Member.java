package de.dienstleistungspool.pool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** This service's copy of a member of a region, projected from member-events. */
@Entity
@Table(name = "member")
public class Member {

    @Id
    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "region_id")
    public UUID regionId;

    public String name;

    public String status;

    @Column(name = "last_event_at")
    public Instant lastEventAt;
}
