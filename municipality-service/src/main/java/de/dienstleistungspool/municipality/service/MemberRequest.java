package de.dienstleistungspool.municipality.service;

import de.dienstleistungspool.platform.text.SingleLine;
import de.dienstleistungspool.municipality.domain.MemberKind;
import de.dienstleistungspool.municipality.domain.Sector;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * A member to admit or change. Depots and the first member-admin are only read when admitting; the Leitweg-ID is
 * checked against the XRechnung format and its ISO 7064 check digits.
 */
public record MemberRequest(@NotBlank @Size(max = 200) @SingleLine String name,
                            @NotNull MemberKind kind,
                            @NotEmpty Set<@NotNull Sector> sectors,
                            @Size(max = 46) @SingleLine String leitwegId,
                            @Email @Size(max = 200) @SingleLine String contactEmail,
                            @Size(max = 50) @SingleLine String contactPhone,
                            @Valid AddressDto address,
                            @Valid @Size(max = 20) List<@NotNull DepotRequest> depots,
                            @Valid FirstAdmin firstAdmin) {

    /** The member's first member-admin, created with the member; its initial password is shown once. */
    public record FirstAdmin(@NotBlank @Size(max = 200) @SingleLine String name, @NotBlank @Email @Size(max = 200) @SingleLine String email) {
    }
}
