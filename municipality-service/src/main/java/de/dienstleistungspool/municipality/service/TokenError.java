package de.dienstleistungspool.municipality.service;

/**
 * A refusal of the token endpoint in the shape RFC 6749 section 5.2 prescribes ({@code error},
 * {@code error_description}); the one place where the OAuth error format is used instead of problem+json.
 */
public class TokenError extends RuntimeException {

    private final String error;
    private final int status;

    public TokenError(int status, String error, String description) {
        super(description);
        this.status = status;
        this.error = error;
    }

    public static TokenError invalidClient(String description) {
        return new TokenError(401, "invalid_client", description);
    }

    public static TokenError invalidGrant(String description) {
        return new TokenError(400, "invalid_grant", description);
    }

    public static TokenError invalidRequest(String description) {
        return new TokenError(400, "invalid_request", description);
    }

    public static TokenError unsupportedGrantType(String grantType) {
        return new TokenError(400, "unsupported_grant_type",
                "grant_type '" + grantType + "' is not supported; use client_credentials, password or refresh_token");
    }

    public static TokenError unsupportedGrantType(String grantType, String why) {
        return new TokenError(400, "unsupported_grant_type", "grant_type '" + grantType + "' is not supported: " + why);
    }

    public String error() {
        return error;
    }

    public int status() {
        return status;
    }
}
