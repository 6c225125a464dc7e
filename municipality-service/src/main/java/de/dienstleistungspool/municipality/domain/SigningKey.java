package de.dienstleistungspool.municipality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An RS256 key pair of the token endpoint, stored as base64 X.509 (public) and PKCS#8 (private). */
@Entity
@Table(name = "signing_key")
public class SigningKey {

    /** CURRENT signs new tokens; PREVIOUS still verifies; RETIRED is no longer published. */
    public enum State { CURRENT, PREVIOUS, RETIRED }

    @Id
    public String kid;

    public String algorithm;

    @Column(name = "public_key")
    public String publicKey;

    @Column(name = "private_key")
    public String privateKey;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public State state;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "demoted_at")
    public Instant demotedAt;
}
