package de.dienstleistungspool.municipality.service;

import de.dienstleistungspool.municipality.config.IdentityConfig;
import de.dienstleistungspool.municipality.domain.SigningKey;
import de.dienstleistungspool.municipality.domain.SigningKeyRepository;
import de.dienstleistungspool.municipality.messaging.MemberEvents;
import de.dienstleistungspool.platform.security.RevokedCredentials;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The token signing keys, kept in the service's own database with their private halves encrypted
 * ({@link PrivateKeyCipher}): generated on first start, rotated on request (in an emergency withdrawing every older
 * key at once), and mirrored in memory (reloaded every few seconds) so signing and verifying never wait for the
 * database.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    @Inject
    SigningKeyRepository repository;

    @Inject
    IdentityConfig config;

    @Inject
    PrivateKeyCipher cipher;

    @Inject
    RevokedCredentials revoked;

    @Inject
    MemberEvents events;

    /** The key that signs new tokens. */
    public record Current(String kid, PrivateKey privateKey) {
    }

    private volatile Current current;
    private volatile Map<String, RSAPublicKey> published = Map.of();
    private ScheduledExecutorService refresher;

    void start(@Observes StartupEvent ignored) {
        QuarkusTransaction.requiringNew().run(() -> {
            repository.lockRotation(); // instances starting together on a new database make one first key, not two
            encryptStoredPlaintextKeys();
            if (repository.current().isEmpty()) {
                insertCurrent();
            }
        });
        reload();
        refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "signing-keys-refresh");
            t.setDaemon(true);
            return t;
        });
        long every = config.keyRefresh().toMillis();
        refresher.scheduleWithFixedDelay(this::reloadQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent ignored) {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    public Current current() {
        return current;
    }

    /** The public key of a published (current or previous) key id, or null. */
    public RSAPublicKey verificationKey(String kid) {
        return kid == null ? null : published.get(kid);
    }

    /** Published keys (current and previous) by key id. */
    public Map<String, RSAPublicKey> published() {
        return published;
    }

    /**
     * Makes a new key current. The old current key stays published as PREVIOUS so its tokens keep verifying; previous
     * keys demoted longer ago than a token lifetime are retired, since no unexpired token can still carry them.
     *
     * <p>In an {@code emergency} (a key may have leaked) every published key is retired at once instead: this instance
     * stops accepting its tokens immediately, other instances within {@code identity.key-refresh}, and the other
     * services within seconds through {@code CredentialRevoked} ({@link RevokedCredentials#signingKeySubject}).
     */
    public SigningKey rotate(boolean emergency) {
        SigningKey fresh = QuarkusTransaction.requiringNew().call(() -> {
            repository.lockRotation();
            Instant now = Instant.now();
            for (SigningKey k : repository.published()) {
                if (emergency) {
                    k.state = SigningKey.State.RETIRED;
                    k.demotedAt = now;
                    String subject = RevokedCredentials.signingKeySubject(k.kid);
                    revoked.revoke(subject, now);
                    events.signingKeyWithdrawn(subject, now);
                } else if (k.state == SigningKey.State.CURRENT) {
                    k.state = SigningKey.State.PREVIOUS;
                    k.demotedAt = now;
                } else if (k.demotedAt.isBefore(now.minus(config.tokenLifetime()))) {
                    k.state = SigningKey.State.RETIRED;
                }
            }
            repository.flush();
            return insertCurrent();
        });
        reload();
        if (emergency) {
            LOG.warnf("Emergency rotation: every earlier signing key withdrawn; new key %s", fresh.kid);
        } else {
            LOG.infof("Signing key rotated; new key %s", fresh.kid);
        }
        return fresh;
    }

    /** Keys stored before private keys were encrypted are encrypted in place on the first start that can. */
    private void encryptStoredPlaintextKeys() {
        for (SigningKey k : repository.<SigningKey>listAll()) {
            if (!PrivateKeyCipher.isEncrypted(k.privateKey)) {
                k.privateKey = cipher.encrypt(k.kid, Base64.getDecoder().decode(k.privateKey));
                LOG.infof("Encrypted the stored private key of %s", k.kid);
            }
        }
    }

    private SigningKey insertCurrent() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            SigningKey k = new SigningKey();
            k.kid = "mun-" + UUID.randomUUID().toString().substring(0, 13);
            k.algorithm = "RS256";
            k.publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
            k.privateKey = cipher.encrypt(k.kid, pair.getPrivate().getEncoded());
            k.state = SigningKey.State.CURRENT;
            k.createdAt = Instant.now();
            repository.persist(k);
            repository.flush();
            return k;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an RSA key pair", e);
        }
    }

    /** Loads current and published keys from the database into memory. */
    public void reload() {
        List<SigningKey> keys = QuarkusTransaction.requiringNew().call(() -> repository.published());
        Map<String, RSAPublicKey> fresh = new LinkedHashMap<>();
        Current signing = null;
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            for (SigningKey k : keys) {
                fresh.put(k.kid, (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(k.publicKey))));
                if (k.state == SigningKey.State.CURRENT) {
                    signing = new Current(k.kid, rsa.generatePrivate(new PKCS8EncodedKeySpec(cipher.decrypt(k.kid, k.privateKey))));
                }
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("A stored signing key cannot be read", e);
        }
        published = Map.copyOf(fresh);
        if (signing != null) {
            current = signing;
        }
    }

    private void reloadQuietly() {
        try {
            reload();
        } catch (RuntimeException e) {
            LOG.debugf("Could not reload signing keys: %s", e.getMessage());
        }
    }
}
