package de.dienstleistungspool.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a bearer token once and then reuses the verified token for its next requests, so an API client that sends
 * the same token many times pays for the RSA signature check and claim parsing once.
 *
 * <p>The cache key is the complete token, signature included, so only a byte-identical token that passed full
 * verification is ever served from the cache. An entry lives until the token expires, but at most
 * {@code platform.jwt.cache.max-age} (default one minute, the same as the JWKS refresh interval), so a signing key
 * withdrawn from the JWKS stops being honoured no later than without the cache. Revoked credentials are refused per
 * request by {@link RevocationFilter}, independently of this cache.
 */
@Alternative
@Priority(1)
@Singleton
public class CachingJwtParser implements JWTParser {

    @Inject
    DefaultJWTParser delegate;

    @ConfigProperty(name = "platform.jwt.cache.max-age", defaultValue = "PT1M")
    Duration maxAge;

    @ConfigProperty(name = "platform.jwt.cache.max-entries", defaultValue = "10000")
    int maxEntries;

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    /** A verified token and the moment (epoch milliseconds) until which it may be reused. */
    private record Verified(JsonWebToken token, long reusableUntil) {
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = System.currentTimeMillis();
        Verified hit = verified.get(token);
        if (hit != null) {
            if (now < hit.reusableUntil()) {
                return hit.token();
            }
            verified.remove(token, hit);
        }
        JsonWebToken jwt = delegate.parse(token);
        remember(token, jwt, now);
        return jwt;
    }

    private void remember(String token, JsonWebToken jwt, long now) {
        long expiresAt = jwt.getExpirationTime() * 1000;
        long until = Math.min(expiresAt, now + maxAge.toMillis());
        if (until <= now || maxEntries <= 0) {
            return;
        }
        if (verified.size() >= maxEntries) {
            verified.values().removeIf(v -> v.reusableUntil() <= now);
            if (verified.size() >= maxEntries) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(jwt, until));
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return delegate.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return delegate.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return delegate.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return delegate.parseOnly(token);
    }
}
