package de.dienstleistungspool.portal.pages;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The CSRF token for the forms of a page ({@code {inject:form.token}}), as quarkus-rest-csrf's filter set it for this
 * request; empty on an error page of a path that matched no page (the filter does not run there, and such a page
 * has no form that needs it but the sign-out, which then asks to reload).
 */
@RequestScoped
@Named("form")
public class FormToken {

    /** The form field the CSRF filter reads ({@code quarkus.rest-csrf.form-field-name}). */
    public static final String FIELD = "csrf-token";

    @Inject
    RoutingContext routing;

    public String token() {
        Object token = routing.get("csrf_token");
        return token == null ? "" : token.toString();
    }

    public String field() {
        return FIELD;
    }
}
