package de.dienstleistungspool.platform.openapi;

import de.dienstleistungspool.platform.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Declares the {@link Problem} document as {@value Problem#MEDIA_TYPE} on every 4xx and 5xx response of the OpenAPI
 * document, so an integrator (and a generated client) sees what a refusal looks like without each endpoint saying it.
 * A response that already declares its content (the token endpoint's RFC 6749 errors) keeps it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    /** Name of the schema in {@code components.schemas}. */
    public static final String SCHEMA = "Problem";

    /** The {@code type} a status always carries, shown as the response's example. */
    private static final Map<String, String[]> EXAMPLES = Map.of(
            "401", new String[] {"unauthenticated", "Unauthenticated", "A valid bearer token is required"},
            "403", new String[] {"forbidden", "Forbidden", "Your roles do not allow this operation"},
            "404", new String[] {"not-found", "Not found", "The resource does not exist or is not visible to you"},
            "500", new String[] {"internal", "Internal error", "The request could not be completed; it left no changes behind"});

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(SCHEMA, schema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values()
                .forEach(operation -> declareProblems(path, operation)));
    }

    private static void declareProblems(String path, Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if ((status.startsWith("4") || status.startsWith("5")) && isEmpty(response.getContent())) {
                response.setContent(problemContent(path, status));
            }
        });
    }

    private static boolean isEmpty(Content content) {
        return content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty();
    }

    private static Content problemContent(String path, String status) {
        var media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA));
        String[] example = EXAMPLES.get(status);
        if (example != null) {
            Map<String, Object> body = new LinkedHashMap<>(); // in this order in the document, run after run
            body.put("type", "urn:problem:" + example[0]);
            body.put("title", example[1]);
            body.put("status", Integer.parseInt(status));
            body.put("detail", example[2]);
            body.put("instance", path);
            media.example(body);
        }
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
    }

    /** The shape of {@link Problem} as a schema; ProblemSchemaTest holds the two together. */
    static Schema schema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("RFC 9457 problem details, the error body of every operation")
                .addRequired("type").addRequired("title").addRequired("status")
                .addProperty("type", string("URI naming the kind of problem, urn:problem:<slug> (e.g. urn:problem:not-found, "
                        + "urn:problem:validation, urn:problem:booking-conflict); stable, for programs to branch on").format("uri"))
                .addProperty("title", string("Short, stable summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .description("The HTTP status code"))
                .addProperty("detail", string("What went wrong in this occurrence, written for the caller"))
                .addProperty("instance", string("The request path that failed"))
                .addProperty("violations", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("The invalid fields or parameters, only for urn:problem:validation and urn:problem:invalid-parameter")
                        .items(OASFactory.createSchema().addType(SchemaType.OBJECT).addRequired("field").addRequired("message")
                                .addProperty("field", string("The field (dotted path) or parameter name"))
                                .addProperty("message", string("What is wrong with it"))));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
