package de.dienstleistungspool.booking.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.dienstleistungspool.booking.service.SeriesConflict;
import de.dienstleistungspool.booking.service.SeriesConflictException;
import de.dienstleistungspool.platform.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers a refused rota with a 409 problem document that lists every conflicting occurrence (RFC 9457 extension
 * member {@code conflicts}).
 */
public class SeriesConflictMapper {

    /** The problem document with its {@code conflicts} extension. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SeriesProblem(URI type, String title, int status, String detail, String instance,
                                List<SeriesConflict> conflicts) {
    }

    @ServerExceptionMapper
    public Response conflict(SeriesConflictException e, UriInfo uri) {
        return Response.status(409).type(Problem.MEDIA_TYPE)
                .entity(new SeriesProblem(URI.create("urn:problem:series-conflict"), "Conflict", 409, e.getMessage(),
                        "/" + uri.getPath().replaceFirst("^/", ""), e.conflicts()))
                .build();
    }
}
