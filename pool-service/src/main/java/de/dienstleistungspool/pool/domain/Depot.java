package de.dienstleistungspool.pool.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A member's depot (Bauhof, Klärwerk) with its coordinates: where offers stand and where searches start. */
@Entity
@Table(name = "member_depot")
public class Depot {

    @Id
    public UUID depotId;

    public UUID memberId;

    public String name;

    public double latitude;

    public double longitude;
}
