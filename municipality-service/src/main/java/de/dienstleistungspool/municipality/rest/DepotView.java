package de.dienstleistungspool.municipality.rest;

import de.dienstleistungspool.municipality.domain.Depot;
import de.dienstleistungspool.municipality.service.AddressDto;
import java.math.BigDecimal;
import java.util.UUID;

/** A member's depot as the API shows it. */
public record DepotView(UUID id, String name, BigDecimal latitude, BigDecimal longitude, AddressDto address) {

    static DepotView of(Depot d) {
        return new DepotView(d.id, d.name, d.latitude, d.longitude, new AddressDto(d.street, d.postalCode, d.city));
    }
}
