package de.dienstleistungspool.portal.session;

/**
 * The one place where the portal obtains, renews and ends a person's tokens. The platform's own token endpoint
 * implements it ({@link PlatformTokenExchange}); a county with its own OpenID Connect provider replaces the sign-in
 * with quarkus-oidc's code flow instead (docs/PORTAL.md).
 */
public interface TokenExchange {

    /**
     * Signs a person in with user name and password.
     *
     * @param clientAddress the browser's address, forwarded so the platform can throttle guessing per address
     * @throws SignInRefused for wrong credentials or when the platform asks to wait
     */
    Tokens signIn(String username, String password, String clientAddress);

    /**
     * Renews the tokens of a session.
     *
     * @throws SessionEnded when the session was ended, expired, or its refresh token is no longer accepted
     */
    Tokens refresh(String refreshToken, String clientAddress);

    /** Ends the session at once, everywhere; an already ended session is fine. */
    void signOut(String refreshToken);
}
