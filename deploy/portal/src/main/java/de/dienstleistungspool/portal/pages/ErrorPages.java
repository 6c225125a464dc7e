package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.ServiceProblem;
import de.dienstleistungspool.portal.session.CurrentPerson;
import de.dienstleistungspool.portal.session.PlatformUnavailable;
import de.dienstleistungspool.portal.session.SessionEnded;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What a person sees when a page cannot be shown: signed out by the platform (back to sign-in), not found or not
 * visible (404, the same for both so ids do not leak), not allowed for the role (403), or a service down (503).
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @Inject
    CurrentPerson person;

    @Inject
    Messages msg;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(String title, String message);
    }

    @ServerExceptionMapper
    public Response refused(ServiceProblem e) {
        return switch (e.status()) {
            case 401 -> signInAgain();
            case 404 -> notFound();
            case 403 -> page(403, msg.error_forbidden_title(), msg.error_forbidden());
            default -> {
                LOG.warnf("A service refused a page's call: %s", e.getMessage());
                yield page(e.status() >= 500 ? 502 : e.status(), msg.error_refused_title(), Refusals.explain(msg, e));
            }
        };
    }

    @ServerExceptionMapper
    public Response sessionEnded(SessionEnded e) {
        return signInAgain();
    }

    @ServerExceptionMapper
    public Response forbidden(PagePolicy.PageForbidden e) {
        return page(403, msg.error_forbidden_title(), msg.error_forbidden());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return notFound();
    }

    @ServerExceptionMapper({PlatformUnavailable.class, ProcessingException.class})
    public Response unavailable(RuntimeException e) {
        LOG.warnf("A service is not reachable: %s", e.getMessage());
        return page(503, msg.error_unavailable_title(), msg.error_unavailable());
    }

    private Response signInAgain() {
        person.end();
        return Response.seeOther(URI.create("/anmelden?abgelaufen=1")).build();
    }

    private Response notFound() {
        return page(404, msg.error_not_found_title(), msg.error_not_found());
    }

    private static Response page(int status, String title, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.error(title, message)).build();
    }
}
