package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.MunicipalityApi;
import de.dienstleistungspool.portal.session.AccessTokenClaims;
import de.dienstleistungspool.portal.session.CurrentPerson;
import de.dienstleistungspool.portal.session.PlatformUnavailable;
import de.dienstleistungspool.portal.session.PortalSession;
import de.dienstleistungspool.portal.session.PublicPage;
import de.dienstleistungspool.portal.session.SignInRefused;
import de.dienstleistungspool.portal.session.TokenExchange;
import de.dienstleistungspool.portal.session.Tokens;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.OptionalLong;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Sign-in with the platform account (e-mail and password) and sign-out, which ends the session at the platform at
 * once; the tokens go into the encrypted session cookie and never into the page.
 */
@Path("/")
@PublicPage
@Produces(MediaType.TEXT_HTML)
public class SignInPage {

    @Inject
    TokenExchange exchange;

    @Inject
    CurrentPerson person;

    @Inject
    Messages msg;

    @RestClient
    MunicipalityApi municipality;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(String target, String email, String error, String notice);
    }

    @GET
    @Path("/anmelden")
    public Response form(@QueryParam("weiter") String target, @QueryParam("abgemeldet") String signedOut,
            @QueryParam("abgelaufen") String expired) {
        if (person.signedIn()) {
            return Response.seeOther(URI.create(localTarget(target))).build();
        }
        String notice = signedOut != null ? msg.signed_out() : expired != null ? msg.session_expired() : null;
        return Response.ok(Templates.signIn(localTarget(target), "", null, notice)).build();
    }

    @POST
    @Path("/anmelden")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("email") String email, @FormParam("passwort") String password,
            @FormParam("weiter") String target) {
        String shownEmail = email == null ? "" : email.strip();
        if (shownEmail.isEmpty() || password == null || password.isEmpty()) {
            return page(400, target, shownEmail, msg.sign_in_missing());
        }
        Tokens tokens;
        try {
            tokens = exchange.signIn(shownEmail, password, person.clientAddress());
        } catch (SignInRefused e) {
            if (e.retryAfterSeconds().isPresent() || "throttled".equals(e.getMessage())) {
                return page(429, target, shownEmail, throttled(e.retryAfterSeconds()));
            }
            return page(400, target, shownEmail, msg.sign_in_wrong());
        } catch (PlatformUnavailable e) {
            return page(503, target, shownEmail, msg.sign_in_unavailable());
        }
        AccessTokenClaims claims = AccessTokenClaims.of(tokens.accessToken());
        Instant now = Instant.now();
        PortalSession session = new PortalSession(claims.sessionId(), tokens.accessToken(),
                now.plusSeconds(tokens.expiresIn()), tokens.refreshToken(), claims.email(), claims.memberId(),
                claims.regionId(), claims.roles(), "", "", now);
        person.replace(session);
        MunicipalityApi.Region region = municipality.region(claims.regionId());
        // a region's coordinator who acts for no member acts for the region's pool office
        String memberName = claims.memberId() == null ? region.coordinatorName() : municipality.member(claims.memberId()).name();
        String regionName = region.name();
        person.replace(new PortalSession(session.sessionId(), session.accessToken(), session.accessExpiresAt(),
                session.refreshToken(), session.email(), session.memberId(), session.regionId(), session.roles(),
                memberName, regionName, now));
        return Response.seeOther(URI.create(localTarget(target))).build();
    }

    @POST
    @Path("/abmelden")
    public Response signOut() {
        if (person.signedIn()) {
            exchange.signOut(person.session().refreshToken());
            person.end();
        }
        return Response.seeOther(URI.create("/anmelden?abgemeldet=1")).build();
    }

    private Response page(int status, String target, String email, String error) {
        return Response.status(status).entity(Templates.signIn(localTarget(target), email, error, null)).build();
    }

    private String throttled(OptionalLong seconds) {
        if (seconds.isEmpty()) {
            return msg.sign_in_throttled_unknown();
        }
        long s = seconds.getAsLong();
        String wait = s < 60 ? msg.seconds(s) : s < 120 ? msg.one_minute() : msg.minutes((s + 59) / 60);
        return msg.sign_in_throttled(wait);
    }

    /** Only a path of this portal; anything else (another host, a scheme) becomes the start page. */
    static String localTarget(String target) {
        return LocalPaths.isLocal(target) ? target : "/";
    }
}
