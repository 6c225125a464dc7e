package de.dienstleistungspool.municipality.service;

import de.dienstleistungspool.platform.text.SingleLine;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;

/** The requests a member-admin sends to manage its member's people and API clients. */
public final class CredentialRequests {

    private CredentialRequests() {
    }

    /** A person to add: name, login e-mail and roles. */
    public record NewUser(@NotBlank @Size(max = 200) @SingleLine String name, @NotBlank @Email @Size(max = 200) @SingleLine String email,
                          @NotEmpty @Size(max = 5) Set<@NotBlank String> roles) {
    }

    /** New name and roles of a person. */
    public record UserChange(@NotBlank @Size(max = 200) @SingleLine String name, @NotEmpty @Size(max = 5) Set<@NotBlank String> roles) {
    }

    /** An API client to create: a name saying which software uses it, its roles, and an optional expiry. */
    public record NewClient(@NotBlank @Size(max = 200) @SingleLine String name, @NotEmpty @Size(max = 5) Set<@NotBlank String> roles,
                            @Future Instant expiresAt) {
    }
}
