package de.dienstleistungspool.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.dienstleistungspool.platform.text.SingleLine;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure that reaches the REST layer into an RFC 9457 problem document, the same in every service.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response domain(ProblemException e, UriInfo uri) {
        return respond(Problem.of(e.slug(), e.title(), e.status(), e.getMessage(), path(uri)));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        // well-formed text that may not be used (a line break in a title) is unprocessable rather than malformed
        boolean onlyControlCharacters = e.getConstraintViolations().stream()
                .allMatch(v -> v.getConstraintDescriptor().getAnnotation() instanceof SingleLine);
        return respond(new Problem(java.net.URI.create("urn:problem:validation"), "Invalid request", onlyControlCharacters ? 422 : 400,
                detail, path(uri), violations));
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameter e, UriInfo uri) {
        return respond(new Problem(java.net.URI.create("urn:problem:invalid-parameter"), "Invalid parameter", 400, e.getMessage(),
                path(uri), List.of(new Problem.Violation(e.parameter(), e.getMessage()))));
    }

    @ServerExceptionMapper(priority = 1)
    public Response json(JsonProcessingException e, UriInfo uri) {
        return respond(Problem.of("malformed-body", "Malformed request body", 400, describe(e), path(uri)));
    }

    /** Wins over Quarkus' built-in mapper for this type, which would answer a non-problem JSON body (e.g. unknown enum value). */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of("forbidden", "Forbidden", 403,
                "Your roles do not allow this operation", path(uri)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return respond(Problem.of("internal", "Internal error", status, "The request could not be completed", path(uri)));
        }
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        String reason = Response.Status.fromStatusCode(status) == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? reason + " for " + path(uri) : e.getMessage();
        return respond(Problem.of(slugOf(reason), reason, status, detail, path(uri)));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return respond(Problem.of("internal", "Internal error", 500,
                "The request could not be completed; it left no changes behind", path(uri)));
    }

    private Response unauthenticated(UriInfo uri) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(Problem.of("unauthenticated", "Unauthenticated", 401,
                        "A valid bearer token is required", path(uri)))
                .build();
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "Unknown field '" + u.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException f) {
            return "Field '" + pathOf(f) + "' has an invalid value '" + f.getValue() + "'"
                    + (f.getTargetType() != null && f.getTargetType().isEnum() ? "; allowed: " + java.util.Arrays.toString(f.getTargetType().getEnumConstants()) : "");
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return "Field '" + pathOf(m) + "' has the wrong type";
        }
        String message = e.getOriginalMessage();
        return "The body is not valid JSON: " + (message == null ? "parse error" : message.split("\n")[0]);
    }

    private static String pathOf(MismatchedInputException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String fieldOf(String propertyPath) {
        // "create.arg0.name" -> "name": drop the method and parameter segments of resource-method validation
        String[] parts = propertyPath.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : parts[parts.length - 1];
    }

    private static String slugOf(String reason) {
        return reason.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
