package de.dienstleistungspool.municipality.service;

import de.dienstleistungspool.municipality.config.IdentityConfig;
import de.dienstleistungspool.municipality.domain.ApiClient;
import de.dienstleistungspool.municipality.domain.ApiClientRepository;
import de.dienstleistungspool.municipality.domain.AppUser;
import de.dienstleistungspool.municipality.domain.AppUserRepository;
import de.dienstleistungspool.municipality.domain.Member;
import de.dienstleistungspool.municipality.domain.MemberRepository;
import de.dienstleistungspool.municipality.domain.UserSession;
import de.dienstleistungspool.platform.security.RevokedCredentials;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Issues RS256 access tokens for API clients (client credentials) and people (password grant, demo-grade, opening a
 * session with a refresh token) of active members and for a region's coordinators, and for the platform operator client of the configuration, signed
 * with the current key and naming it in the {@code kid} header.
 */
@ApplicationScoped
public class TokenService {

    @Inject
    ApiClientRepository clients;

    @Inject
    AppUserRepository users;

    @Inject
    MemberRepository members;

    @Inject
    SecretHasher hasher;

    @Inject
    SigningKeys keys;

    @Inject
    RevokedCredentials revoked;

    @Inject
    IdentityConfig config;

    @Inject
    SessionService sessions;

    /** An issued access token, its lifetime in seconds and, for a person's session, the refresh token. */
    public record Issued(String accessToken, long expiresIn, String refreshToken) {
    }

    @Transactional
    public Issued forClient(String clientId, String secret) {
        if (clientId.equals(config.operator().clientId()) && config.operator().secretHash().isPresent()) {
            return forOperator(clientId, secret, config.operator().secretHash().get());
        }
        ApiClient c = clients.byClientId(clientId).orElse(null);
        if (c == null) {
            hasher.burn(secret);
            throw TokenError.invalidClient("Unknown client or wrong secret");
        }
        if (!hasher.verify(secret, c.secretHash)) {
            throw TokenError.invalidClient("Unknown client or wrong secret");
        }
        Instant now = Instant.now();
        if (!c.usableAt(now) || revoked.isRevoked(c.clientId)) {
            throw TokenError.invalidClient("The client is revoked or expired");
        }
        Member m = activeMember(c.memberId, true);
        Instant expiry = earliest(now.plus(config.tokenLifetime()), c.expiresAt);
        return sign(c.clientId, c.clientId, m.id, m.regionId, Arrays.asList(c.roles), c.clientId, null, now, expiry);
    }

    @Transactional
    public Issued forUser(String email, String password) {
        AppUser u = users.byEmail(email).orElse(null);
        if (u == null) {
            hasher.burn(password);
            throw TokenError.invalidGrant("Unknown user or wrong password");
        }
        if (!hasher.verify(password, u.passwordHash)) {
            throw TokenError.invalidGrant("Unknown user or wrong password");
        }
        requireSignInAllowed(u);
        return sessions.open(u);
    }

    /**
     * Refuses a deactivated person and a person of a member that has left. A coordinator of the region who acts for
     * no member signs in as long as the person is active, also in a deactivated region (to close its last years).
     */
    void requireSignInAllowed(AppUser u) {
        if (!u.active) {
            throw TokenError.invalidGrant("The user is deactivated");
        }
        if (u.memberId != null) {
            activeMember(u.memberId, false);
        }
    }

    /**
     * An access token of a person's session (claim {@code sid}), ending with the session at the latest; a coordinator
     * acting for no member gets the region and no member.
     */
    public Issued forSession(AppUser u, UserSession session, String refreshToken, Instant now) {
        Instant expiry = earliest(now.plus(config.tokenLifetime()), session.expiresAt);
        Issued access = sign(u.id.toString(), u.email, u.memberId, u.regionId, Arrays.asList(u.roles), null, session.id,
                now, expiry);
        return new Issued(access.accessToken(), access.expiresIn(), refreshToken);
    }

    /** The platform operator's token: its one role, and no member or region, so it acts for no county. */
    private Issued forOperator(String clientId, String secret, String secretHash) {
        if (!hasher.verify(secret, secretHash)) {
            throw TokenError.invalidClient("Unknown client or wrong secret");
        }
        Instant now = Instant.now();
        return sign(clientId, clientId, null, null, List.of(Roles.PLATFORM_OPERATOR), clientId, null, now,
                now.plus(config.tokenLifetime()));
    }

    private Member activeMember(UUID memberId, boolean client) {
        Member m = members.findById(memberId);
        if (m == null || !m.isActive()) {
            throw client ? TokenError.invalidClient("The client's member has left the pool")
                    : TokenError.invalidGrant("The user's member has left the pool");
        }
        return m;
    }

    private Issued sign(String subject, String upn, UUID memberId, UUID regionId, List<String> roles, String clientId,
            UUID sessionId, Instant now, Instant expiry) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(config.issuer());
        claims.setAudience(config.audience());
        claims.setSubject(subject);
        claims.setClaim("upn", upn);
        if (memberId != null) {
            claims.setClaim("member_id", memberId.toString());
        }
        if (regionId != null) {
            claims.setClaim("region_id", regionId.toString());
        }
        claims.setStringListClaim("groups", roles);
        if (clientId != null) {
            claims.setClaim("client_id", clientId);
        }
        if (sessionId != null) {
            claims.setClaim("sid", sessionId.toString());
        }
        claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(expiry.getEpochSecond()));
        claims.setJwtId(UUID.randomUUID().toString());
        SigningKeys.Current key = keys.current();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.privateKey());
        jws.setKeyIdHeaderValue(key.kid());
        jws.setHeader("typ", "JWT");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return new Issued(jws.getCompactSerialization(), Duration.between(now, expiry).toSeconds(), null);
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        return b == null || a.isBefore(b) ? a : b;
    }
}
