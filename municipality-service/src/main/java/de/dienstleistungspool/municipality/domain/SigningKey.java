package de.dienstleistungspool.municipality.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** An RS256 key pair of the token endpoint, stored as base64 X.509 (public) and PKCS#8 (private). */
@Entity
public class SigningKey {

    /** CURRENT signs new tokens; PREVIOUS still verifies; RETIRED is no longer published. */
    public enum State { CURRENT, PREVIOUS, RETIRED }

    @Id
    public String kid;

    public String algorithm;

    public String publicKey;

    public String privateKey;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public State state;

    public Instant createdAt;

    public Instant demotedAt;
}
