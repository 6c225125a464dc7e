package de.dienstleistungspool.municipality.service;

import de.dienstleistungspool.municipality.config.SessionConfig;
import de.dienstleistungspool.municipality.domain.AppUser;
import de.dienstleistungspool.municipality.domain.AppUserRepository;
import de.dienstleistungspool.municipality.domain.UserSession;
import de.dienstleistungspool.municipality.domain.UserSessionRepository;
import de.dienstleistungspool.municipality.messaging.MemberEvents;
import de.dienstleistungspool.platform.security.RevokedCredentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A person's sessions (OAuth2 refresh_token grant and RFC 7009 revocation): opened at the password grant, renewed
 * by rotating refresh tokens (a replayed old token ends the session), and ended at once on revocation, here and,
 * through {@code CredentialRevoked} on {@code member-events}, in the other services.
 */
@ApplicationScoped
public class SessionService {

    /** The {@code kind} of {@code CredentialRevoked} for an ended session. */
    public static final String SESSION_KIND = "SESSION";

    @Inject
    UserSessionRepository sessions;

    @Inject
    AppUserRepository users;

    @Inject
    TokenService tokens;

    @Inject
    RevokedCredentials revoked;

    @Inject
    MemberEvents events;

    @Inject
    SessionConfig config;

    /** Opens a session for a person whose password was just checked; runs in the password grant's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TokenService.Issued open(AppUser user) {
        Instant now = Instant.now();
        sessions.deleteEndedBefore(user.id, now.minus(Duration.ofDays(1)));
        String secret = SecretHasher.newSecret();
        UserSession s = new UserSession();
        s.id = UUID.randomUUID();
        s.userId = user.id;
        s.refreshHash = RefreshTokens.hash(secret);
        s.createdAt = now;
        s.lastUsedAt = now;
        s.expiresAt = now.plus(config.maxLifetime());
        s.idleExpiresAt = earliest(now.plus(config.idleTimeout()), s.expiresAt);
        sessions.persist(s);
        return tokens.forSession(user, s, RefreshTokens.format(s.id, secret), now);
    }

    /** Rotates the refresh token and issues a new access token; a token already rotated out ends the session. */
    @Transactional(dontRollbackOn = TokenError.class)
    public TokenService.Issued refresh(String refreshToken) {
        RefreshTokens.Parsed presented = RefreshTokens.parse(refreshToken)
                .orElseThrow(() -> TokenError.invalidGrant("The refresh token is malformed"));
        UserSession s = sessions.lockedById(presented.sessionId())
                .orElseThrow(() -> TokenError.invalidGrant("Unknown or ended session; sign in again"));
        Instant now = Instant.now();
        if (!s.usableAt(now)) {
            throw TokenError.invalidGrant("The session has ended; sign in again");
        }
        String successor = RefreshTokens.successor(presented.secret());
        if (RefreshTokens.matches(presented.secret(), s.refreshHash)) {
            s.previousRefreshHash = s.refreshHash;
            s.refreshHash = RefreshTokens.hash(successor);
            s.rotatedAt = now;
        } else if (!(RefreshTokens.matches(presented.secret(), s.previousRefreshHash)
                && now.isBefore(s.rotatedAt.plus(config.rotationGrace())))) {
            end(s, now);
            throw TokenError.invalidGrant("The refresh token was already used; the session has been ended");
        }
        AppUser user = users.findById(s.userId);
        tokens.requireSignInAllowed(user);
        s.lastUsedAt = now;
        s.idleExpiresAt = earliest(now.plus(config.idleTimeout()), s.expiresAt);
        return tokens.forSession(user, s, RefreshTokens.format(s.id, successor), now);
    }

    /**
     * Ends the session a refresh token (current or just rotated out) belongs to; anything else is ignored, as
     * RFC 7009 asks (the answer must not tell whether a token was valid).
     */
    @Transactional
    public void revokeRefreshToken(String token) {
        RefreshTokens.parse(token).ifPresent(p -> sessions.lockedById(p.sessionId())
                .filter(s -> RefreshTokens.matches(p.secret(), s.refreshHash)
                        || RefreshTokens.matches(p.secret(), s.previousRefreshHash))
                .ifPresent(s -> end(s, Instant.now())));
    }

    /** Ends the session of a verified access token, if it names one of the token's subject. */
    @Transactional
    public void revokeSession(UUID sessionId, String subject) {
        sessions.lockedById(sessionId).filter(s -> s.userId.toString().equals(subject))
                .ifPresent(s -> end(s, Instant.now()));
    }

    private void end(UserSession s, Instant now) {
        if (s.revokedAt != null) {
            return;
        }
        s.revokedAt = now;
        String subject = RevokedCredentials.sessionSubject(s.id.toString());
        revoked.revoke(subject, now);
        events.credentialRevoked(users.findById(s.userId).memberId, subject, SESSION_KIND, now);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
