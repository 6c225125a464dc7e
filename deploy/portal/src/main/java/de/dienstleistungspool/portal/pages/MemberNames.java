package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.MunicipalityApi;
import de.dienstleistungspool.portal.clients.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The names of the region's members for pages that show ids of counterparties and payers
 * ({@code {inject:members.name(id)}}); read once per request from municipality-service's directory. No id is the pool.
 */
@RequestScoped
@Named("members")
public class MemberNames {

    static final int PAGE_SIZE = 200;

    @Inject
    Messages msg;

    @RestClient
    MunicipalityApi municipality;

    private Map<UUID, String> names;

    /** The member's name, "Pool" for none, the id itself for a member the directory does not list. */
    public String name(UUID id) {
        if (id == null) {
            return msg.pool();
        }
        if (names == null) {
            names = load();
        }
        return names.getOrDefault(id, id.toString());
    }

    private Map<UUID, String> load() {
        Map<UUID, String> all = new HashMap<>();
        for (int page = 0; ; page++) {
            Page<MunicipalityApi.Member> found = municipality.members(page, PAGE_SIZE);
            found.items().forEach(m -> all.put(m.id(), m.name()));
            if ((long) (page + 1) * PAGE_SIZE >= found.total() || found.items().isEmpty()) {
                return all;
            }
        }
    }
}
