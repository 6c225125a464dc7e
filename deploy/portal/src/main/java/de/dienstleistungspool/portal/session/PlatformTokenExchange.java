package de.dienstleistungspool.portal.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.OptionalLong;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Signs people in at municipality-service's token endpoint: password grant, refresh_token grant (rotating), and
 * RFC 7009 revocation at sign-out. Forwards the browser's address so the platform's throttle counts per person's
 * address, not per portal replica.
 */
@ApplicationScoped
public class PlatformTokenExchange implements TokenExchange {

    private static final Logger LOG = Logger.getLogger(PlatformTokenExchange.class);

    private final TokenEndpoint endpoint;

    public PlatformTokenExchange(@RestClient TokenEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public Tokens signIn(String username, String password, String clientAddress) {
        try (Response r = call(() -> endpoint.token("password", username, password, null, clientAddress))) {
            if (r.getStatus() == 200) {
                return tokens(r);
            }
            if (r.getStatus() == 429) {
                throw new SignInRefused("throttled", retryAfter(r));
            }
            if (r.getStatus() == 400 || r.getStatus() == 401) {
                throw new SignInRefused("refused", OptionalLong.empty());
            }
            throw new IllegalStateException("The token endpoint answered " + r.getStatus());
        }
    }

    @Override
    public Tokens refresh(String refreshToken, String clientAddress) {
        try (Response r = call(() -> endpoint.token("refresh_token", null, null, refreshToken, clientAddress))) {
            if (r.getStatus() == 200) {
                return tokens(r);
            }
            if (r.getStatus() == 400 || r.getStatus() == 401) {
                throw new SessionEnded("The platform no longer renews this session");
            }
            throw new IllegalStateException("The token endpoint answered " + r.getStatus());
        }
    }

    @Override
    public void signOut(String refreshToken) {
        try (Response r = call(() -> endpoint.revoke(refreshToken, "refresh_token"))) {
            if (r.getStatus() != 200) {
                throw new IllegalStateException("The revocation endpoint answered " + r.getStatus());
            }
        }
    }

    private static Tokens tokens(Response r) {
        TokenEndpoint.Answer a = r.readEntity(TokenEndpoint.Answer.class);
        return new Tokens(a.accessToken(), a.expiresIn(), a.refreshToken());
    }

    private static OptionalLong retryAfter(Response r) {
        String value = r.getHeaderString("Retry-After");
        try {
            return value == null ? OptionalLong.empty() : OptionalLong.of(Math.max(1, Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The answer, whatever its status (the REST client reports 4xx and 5xx as exceptions carrying it). */
    private static Response call(java.util.function.Supplier<Response> request) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            return e.getResponse();
        } catch (ProcessingException e) {
            LOG.warnf("municipality-service is not reachable: %s", e.getMessage());
            throw new PlatformUnavailable(e);
        }
    }
}
