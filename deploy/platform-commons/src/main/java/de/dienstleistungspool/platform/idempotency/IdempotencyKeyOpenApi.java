package de.dienstleistungspool.platform.idempotency;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Documents the {@value Idempotent#HEADER} header in the OpenAPI document wherever an {@link Idempotent} method
 * declares it: required, with what a retry gets.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class IdempotencyKeyOpenApi implements OASFilter {

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.HEADER && Idempotent.HEADER.equalsIgnoreCase(parameter.getName())) {
            parameter.setRequired(true);
            parameter.setDescription(Idempotent.DESCRIPTION);
        }
        return parameter;
    }
}
