package de.dienstleistungspool.pool.rest;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import de.dienstleistungspool.platform.problem.ProblemMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers bodies with wrong types or unknown enum values (e.g. an unknown offer kind) with problem+json: Quarkus'
 * built-in mapper for {@link MismatchedInputException} is more specific than the platform's JSON mapper and would
 * otherwise answer plain JSON.
 */
public class JsonInputMappers {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return problems.json(e, uri);
    }
}
