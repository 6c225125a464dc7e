package de.dienstleistungspool.platform.openapi;

import de.dienstleistungspool.platform.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Declares the {@link Problem} document as {@value Problem#MEDIA_TYPE} on every 4xx and 5xx response of the OpenAPI
 * document, with one example per problem {@code type} that response can carry, so an integrator (and a generated
 * client) sees what a refusal looks like without each endpoint saying it. The types come from the code, not from
 * hand lists: the {@code ProblemException}s the resource method's code creates ({@link ProblemTypeScan}; a status the
 * code answers but the annotations forget is added) and the platform's own refusals that the operation's shape
 * admits ({@link PlatformProblems}). A response that declares other content (the token endpoint's RFC 6749 errors)
 * keeps it. Runs before {@link OperationIds}, while the operation id still names the resource class and method.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 100)
public class ProblemResponses implements OASFilter {

    /** Name of the schema in {@code components.schemas}. */
    public static final String SCHEMA = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(SCHEMA, schema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ProblemTypeScan scan = new ProblemTypeScan(loader != null ? loader : ProblemResponses.class.getClassLoader());
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values()
                .forEach(operation -> declareProblems(path, operation, scan)));
    }

    private static void declareProblems(String path, Operation operation, ProblemTypeScan scan) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        Map<Integer, SortedSet<String>> types = new TreeMap<>(thrownBy(operation, scan));
        types.forEach((status, slugs) -> {
            if (operation.getResponses().getAPIResponse(status.toString()) == null) {
                operation.getResponses().addAPIResponse(status.toString(),
                        OASFactory.createAPIResponse().description(PlatformProblems.title(status, null)));
            }
        });
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (!status.startsWith("4") && !status.startsWith("5")) {
                return;
            }
            if (isEmpty(response.getContent())) {
                response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA))));
            }
            var media = response.getContent().getMediaType(Problem.MEDIA_TYPE);
            if (media == null) {
                return;
            }
            int code = Integer.parseInt(status);
            SortedSet<String> slugs = new TreeSet<>(types.getOrDefault(code, new TreeSet<>()));
            slugs.addAll(PlatformProblems.admittedBy(operation, code));
            slugs.forEach(slug -> media.addExample(slug, OASFactory.createExample().summary("urn:problem:" + slug)
                    .value(example(slug, scan.title(slug) != null ? scan.title(slug) : PlatformProblems.title(code, slug),
                            code, path))));
        });
    }

    /** The types the resource method's code creates; its id is {@code <package.Class>_<method>} until OperationIds runs. */
    private static Map<Integer, SortedSet<String>> thrownBy(Operation operation, ProblemTypeScan scan) {
        String id = operation.getOperationId();
        if (id == null || id.indexOf('_') < 0) {
            return Map.of();
        }
        return scan.of(id.substring(0, id.indexOf('_')), id.substring(id.indexOf('_') + 1));
    }

    private static Map<String, Object> example(String slug, String title, int status, String path) {
        Map<String, Object> body = new LinkedHashMap<>(); // in this order in the document, run after run
        body.put("type", "urn:problem:" + slug);
        body.put("title", title);
        body.put("status", status);
        String detail = PlatformProblems.detail(slug);
        if (detail != null) {
            body.put("detail", detail);
        }
        body.put("instance", path);
        return body;
    }

    private static boolean isEmpty(Content content) {
        return content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty();
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
