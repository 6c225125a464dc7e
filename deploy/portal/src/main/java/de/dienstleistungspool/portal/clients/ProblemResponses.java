package de.dienstleistungspool.portal.clients;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns every error answer of a service into a {@link ServiceProblem} carrying its problem details. */
public class ProblemResponses implements ResponseExceptionMapper<ServiceProblem> {

    @Override
    public ServiceProblem toThrowable(Response response) {
        Problem problem = null;
        MediaType type = response.getMediaType();
        if (type != null && type.getSubtype().endsWith("json")) {
            try {
                response.bufferEntity();
                problem = response.readEntity(Problem.class);
            } catch (RuntimeException e) {
                problem = null;
            }
        }
        return new ServiceProblem(response.getStatus(), problem);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
