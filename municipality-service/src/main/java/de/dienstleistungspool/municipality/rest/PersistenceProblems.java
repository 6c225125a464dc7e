package de.dienstleistungspool.municipality.rest;

import de.dienstleistungspool.municipality.service.DatabaseErrors;
import de.dienstleistungspool.platform.problem.Problem;
import de.dienstleistungspool.platform.problem.ProblemException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers database refusals that surface outside a service (e.g. at commit) as problems instead of 500s. */
public class PersistenceProblems {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(PersistenceProblems.class);

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        String path = "/" + uri.getPath().replaceFirst("^/", "");
        if (DatabaseErrors.translate(e) instanceof ProblemException p) {
            return Response.status(p.status()).type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(p.slug(), p.title(), p.status(), p.getMessage(), path)).build();
        }
        LOG.error("Unexpected database failure", e);
        return Response.status(500).type(Problem.MEDIA_TYPE).entity(Problem.of("internal", "Internal error", 500,
                "The request could not be completed; it left no changes behind", path)).build();
    }
}
