package de.dienstleistungspool.municipality.rest;

import com.fasterxml.jackson.annotation.JsonView;
import de.dienstleistungspool.municipality.domain.ApiClient;
import de.dienstleistungspool.municipality.service.ApiClientService;
import de.dienstleistungspool.platform.idempotency.ShownOnce;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An API client as its member-admin sees it (never the secret hash). */
public record ClientView(String clientId, UUID memberId, String name, List<String> roles, Instant createdAt,
                         String createdBy, Instant expiresAt, Instant revokedAt) {

    static ClientView of(ApiClient c) {
        return new ClientView(c.clientId, c.memberId, c.name, Arrays.asList(c.roles), c.createdAt, c.createdBy, c.expiresAt, c.revokedAt);
    }

    /** A client just created, with its secret shown only once. */
    public record Issued(ClientView client, @JsonView(ShownOnce.class) String clientSecret) {
        static Issued of(ApiClientService.IssuedClient issued) {
            return new Issued(ClientView.of(issued.client()), issued.secret());
        }
    }
}
