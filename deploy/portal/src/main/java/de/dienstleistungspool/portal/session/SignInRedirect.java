package de.dienstleistungspool.portal.session;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;

/**
 * Sends a person to the sign-in page and back to where they wanted to go afterwards; an htmx request gets the
 * {@code HX-Redirect} header instead, so the whole page changes rather than a fragment.
 */
public final class SignInRedirect {

    private SignInRedirect() {
    }

    public static Response to(ContainerRequestContext request) {
        String wanted = request.getUriInfo().getRequestUri().getRawPath();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query != null && "GET".equals(request.getMethod())) {
            wanted += "?" + query;
        }
        if (!"GET".equals(request.getMethod()) || request.getHeaderString("HX-Request") != null) {
            wanted = request.getHeaderString("HX-Current-URL") != null ? pathOf(request.getHeaderString("HX-Current-URL")) : "/";
        }
        URI target = UriBuilder.fromPath("/anmelden").queryParam("weiter", wanted == null ? "/" : wanted).build();
        if (request.getHeaderString("HX-Request") != null) {
            return Response.noContent().header("HX-Redirect", target.toString()).build();
        }
        return Response.seeOther(target).build();
    }

    private static String pathOf(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
