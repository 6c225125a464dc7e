package de.dienstleistungspool.municipality.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.UUID;

/** The agreed internal rate (Verrechnungssatz) of one category in one sector of a region for one year. */
@Entity
public class Rate {

    @Id
    public UUID id;

    public UUID regionId;

    public int year;

    @Enumerated(EnumType.STRING)
    public Sector sector;

    public String category;

    @Enumerated(EnumType.STRING)
    public RateUnit unit;

    public BigDecimal amount;

    public String currency;
}
