package de.dienstleistungspool.municipality.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.UUID;

/** A member's works depot (Bauhof, Klärwerk) where equipment is picked up and returned. */
@Entity
public class Depot {

    @Id
    public UUID id;

    public UUID memberId;

    public String name;

    public BigDecimal latitude;

    public BigDecimal longitude;

    public String street;

    public String postalCode;

    public String city;
}
