package de.dienstleistungspool.platform.problem;

import jakarta.ws.rs.BadRequestException;

/**
 * A query, path or header parameter whose text is not a value of its type; answered as 400
 * {@code urn:problem:invalid-parameter} naming the parameter. A {@link jakarta.ws.rs.WebApplicationException}, so
 * Quarkus REST passes it on instead of turning a failed path or query conversion into 404.
 */
public class InvalidParameter extends BadRequestException {

    private final String parameter;

    public InvalidParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
