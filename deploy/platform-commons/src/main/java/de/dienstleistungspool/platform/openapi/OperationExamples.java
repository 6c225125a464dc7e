package de.dienstleistungspool.platform.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;

/**
 * Adds the request and answer examples of an operation to the OpenAPI document from a JSON file beside the service's
 * code, {@code src/main/resources/openapi-examples/<operationId>.json}, so an integrator sees a real booking request
 * and its answer without the examples cluttering the resource as escaped strings. The file holds
 * {@code {"request": {"<name>": {"summary": ..., "value": ...}}, "responses": {"201": {"<name>": {...}}}}}; the
 * examples are added to every media type of that request body or response, and a file naming a response the operation
 * does not declare fails the build.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OperationExamples implements OASFilter {

    /** Where the example files are, on the class path. */
    public static final String DIRECTORY = "openapi-examples/";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Operation filterOperation(Operation operation) {
        String id = OperationIds.readableId(operation.getOperationId());
        JsonNode examples = read(id);
        if (examples == null) {
            return operation;
        }
        if (examples.has("request")) {
            if (operation.getRequestBody() == null) {
                throw new IllegalStateException(DIRECTORY + id + ".json has a request example, the operation takes no body");
            }
            addTo(operation.getRequestBody().getContent(), examples.get("request"), id + " request");
        }
        examples.path("responses").fields().forEachRemaining(status -> {
            var response = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse(status.getKey());
            if (response == null) {
                throw new IllegalStateException(DIRECTORY + id + ".json has an example for " + status.getKey()
                        + ", which the operation does not declare");
            }
            addTo(response.getContent(), status.getValue(), id + " " + status.getKey());
        });
        return operation;
    }

    private static void addTo(Content content, JsonNode named, String where) {
        if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
            throw new IllegalStateException("The example of " + where + " has no media type to go with");
        }
        named.fields().forEachRemaining(example -> content.getMediaTypes().values().forEach(media -> media.addExample(
                example.getKey(), OASFactory.createExample()
                        .summary(example.getValue().path("summary").asText(null))
                        .value(JSON.convertValue(example.getValue().get("value"), Object.class)))));
    }

    /** The operation's example file, or null when it has none. */
    static JsonNode read(String operationId) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : OperationExamples.class.getClassLoader())
                .getResourceAsStream(DIRECTORY + operationId + ".json")) {
            return in == null ? null : JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(DIRECTORY + operationId + ".json is not valid JSON", e);
        }
    }
}
