package de.dienstleistungspool.municipality.rest;

import de.dienstleistungspool.municipality.domain.Depot;
import de.dienstleistungspool.municipality.domain.Member;
import de.dienstleistungspool.municipality.domain.MemberKind;
import de.dienstleistungspool.municipality.domain.MemberStatus;
import de.dienstleistungspool.municipality.service.AddressDto;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A member as the API shows it, with its depots. */
public record MemberView(UUID id, UUID regionId, String name, MemberKind kind, List<String> sectors, MemberStatus status,
                         String leitwegId, String contactEmail, String contactPhone, AddressDto address,
                         List<DepotView> depots, Instant joinedAt, Instant leftAt) {

    static MemberView of(Member m, List<Depot> depots) {
        return new MemberView(m.id, m.regionId, m.name, m.kind, Arrays.asList(m.sectors), m.status, m.leitwegId,
                m.contactEmail, m.contactPhone, new AddressDto(m.street, m.postalCode, m.city),
                depots.stream().map(DepotView::of).toList(), m.joinedAt, m.leftAt);
    }
}
