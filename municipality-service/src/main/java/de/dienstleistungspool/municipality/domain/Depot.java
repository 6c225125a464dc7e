package de.dienstleistungspool.municipality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A member's works depot (Bauhof, Klärwerk) where equipment is picked up and returned. */
@Entity
@Table(name = "depot")
public class Depot {

    @Id
    public UUID id;

    @Column(name = "member_id")
    public UUID memberId;

    public String name;

    public BigDecimal latitude;

    public BigDecimal longitude;

    public String street;

    @Column(name = "postal_code")
    public String postalCode;

    public String city;
}
