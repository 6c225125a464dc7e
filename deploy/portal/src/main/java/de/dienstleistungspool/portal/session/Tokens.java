package de.dienstleistungspool.portal.session;

/** What a token exchange hands the portal: an access token, its lifetime in seconds, and a refresh token. */
public record Tokens(String accessToken, long expiresIn, String refreshToken) {
}
