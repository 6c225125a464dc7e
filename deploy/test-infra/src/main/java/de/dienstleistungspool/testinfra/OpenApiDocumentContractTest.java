package de.dienstleistungspool.testinfra;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.dienstleistungspool.platform.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What every service's OpenAPI document must give a client generator and an integrator: a unique readable
 * operationId per operation, the problem+json schema on every error response with the problem types it can carry, a
 * schema on every create response,
 * the OAuth2 client-credentials flow of the token endpoint, tags that docs/ explains, examples that reach the
 * document, and the same text as the copy checked in as {@code docs/openapi/<service>.yaml}. Each service extends it in a {@code @QuarkusTest}.
 */
public abstract class OpenApiDocumentContractTest {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private JsonNode doc;

    /** The service's module name, e.g. {@code booking-service}. */
    protected abstract String service();

    @BeforeEach
    void readTheServedDocument() throws IOException {
        if (doc == null) {
            doc = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        }
    }

    @Test
    void everyOperationHasAUniqueReadableOperationId() {
        Set<String> seen = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        eachOperation((name, op) -> {
            String id = op.path("operationId").asText("");
            if (!id.matches("[a-z][A-Za-z0-9]{2,60}") || !seen.add(id)) {
                wrong.add(name + " -> '" + id + "'");
            }
        });
        assertTrue(wrong.isEmpty(), "operationIds missing, unreadable or repeated: " + wrong);
    }

    @Test
    void everyErrorResponseDeclaresTheProblemDocument() {
        List<String> missing = new ArrayList<>();
        eachOperation((name, op) -> op.path("responses").fields().forEachRemaining(r -> {
            boolean error = r.getKey().startsWith("4") || r.getKey().startsWith("5");
            boolean rfc6749 = name.endsWith("/oauth2/token") && List.of("400", "401").contains(r.getKey());
            JsonNode schema = r.getValue().path("content").path(Problem.MEDIA_TYPE).path("schema");
            if (error && !rfc6749 && !schema.path("$ref").asText().equals("#/components/schemas/Problem")) {
                missing.add(name + " " + r.getKey());
            }
        }));
        assertTrue(missing.isEmpty(), "error responses without the Problem schema: " + missing);
        Set<String> declared = new TreeSet<>();
        doc.path("components").path("schemas").path("Problem").path("properties").fieldNames().forEachRemaining(declared::add);
        Set<String> written = new TreeSet<>();
        Arrays.stream(Problem.class.getRecordComponents()).forEach(c -> written.add(c.getName()));
        assertEquals(written, declared, "the Problem schema must list exactly the fields of the Problem record");
    }

    @Test
    void everyErrorResponseListsTheProblemTypesItCanCarry() {
        List<String> missing = new ArrayList<>();
        eachOperation((name, op) -> op.path("responses").fields().forEachRemaining(r -> {
            JsonNode problem = r.getValue().path("content").path(Problem.MEDIA_TYPE);
            if (problem.isMissingNode()) {
                return;
            }
            int listed = 0;
            for (JsonNode example : problem.path("examples")) {
                String type = example.path("value").path("type").asText();
                if (!type.startsWith("urn:problem:") || example.path("value").path("status").asInt() != Integer.parseInt(r.getKey())) {
                    missing.add(name + " " + r.getKey() + " lists " + example.path("value"));
                }
                listed++;
            }
            if (listed == 0) {
                missing.add(name + " " + r.getKey() + " lists no problem type");
            }
        }));
        assertTrue(missing.isEmpty(), "error responses must list the urn:problem types they can carry, one example each "
                + "(platform-commons ProblemResponses derives them from the code): " + missing);
    }

    @Test
    void everyCreateResponseHasASchema() {
        List<String> missing = new ArrayList<>();
        eachOperation((name, op) -> {
            JsonNode created = op.path("responses").path("201");
            if (!created.isMissingNode() && !created.path("content").elements().hasNext()) {
                missing.add(name);
            } else {
                created.path("content").elements().forEachRemaining(media -> {
                    if (!media.has("schema")) {
                        missing.add(name);
                    }
                });
            }
        });
        assertTrue(missing.isEmpty(), "201 responses without a schema: " + missing);
    }

    @Test
    void theSecuritySchemeIsTheClientCredentialsFlowOfTheTokenEndpoint() {
        JsonNode schemes = doc.path("components").path("securitySchemes");
        assertEquals(1, schemes.size(), "one security scheme: " + schemes);
        JsonNode scheme = schemes.elements().next();
        assertEquals("oauth2", scheme.path("type").asText());
        JsonNode flow = scheme.path("flows").path("clientCredentials");
        assertTrue(flow.path("tokenUrl").asText().endsWith("/oauth2/token"), "token URL: " + flow);
        Set<String> roles = new TreeSet<>();
        eachOperation((name, op) -> op.path("security").forEach(req -> req.elements().forEachRemaining(
                list -> list.forEach(role -> roles.add(role.asText())))));
        Set<String> scopes = new TreeSet<>();
        flow.path("scopes").fieldNames().forEachRemaining(scopes::add);
        assertEquals(roles, scopes, "every role an operation names is a declared scope of the flow");
    }

    @Test
    void everyTagIsDocumentedInDocs() throws IOException {
        StringBuilder docs = new StringBuilder();
        try (var files = Files.list(Path.of("..", "docs"))) {
            for (Path md : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                docs.append(Files.readString(md));
            }
        }
        Set<String> undocumented = new TreeSet<>();
        eachOperation((name, op) -> op.path("tags").forEach(tag -> {
            if (docs.indexOf("`" + tag.asText() + "`") < 0) {
                undocumented.add(tag.asText());
            }
        }));
        assertTrue(undocumented.isEmpty(), "tags that no docs/*.md names (in backticks, e.g. in the area's 'API tags' line): "
                + undocumented);
    }

    @Test
    void everyExampleFileBelongsToAnOperationAndReachesTheDocument() throws IOException {
        Path directory = Path.of("src", "main", "resources", "openapi-examples");
        if (!Files.isDirectory(directory)) {
            return;
        }
        Set<String> ids = new HashSet<>();
        List<String> exampled = new ArrayList<>();
        eachOperation((name, op) -> {
            ids.add(op.path("operationId").asText());
            if (op.toString().contains("\"examples\"")) {
                exampled.add(op.path("operationId").asText());
            }
        });
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                String id = file.getFileName().toString().replaceFirst("\\.json$", "");
                assertTrue(ids.contains(id), file + " names no operation of the document");
                assertTrue(exampled.contains(id), file + ": its examples are not in the document");
            }
        }
    }

    @Test
    void theCheckedInDocumentIsTheServedOne() throws IOException {
        Path checkedIn = Path.of("..", "docs", "openapi", service() + ".yaml");
        String refresh = "Refresh it with: cp " + service() + "/target/openapi/openapi.yaml docs/openapi/" + service()
                + ".yaml (the build, this test run's included, exports it there; ./mvnw -B -pl " + service()
                + " -am package -DskipTests writes it without tests)";
        assertTrue(Files.exists(checkedIn), "docs/openapi/" + service() + ".yaml is missing. " + refresh);
        // both read by the same YAML parser, so an unquoted 13:45:30 means the same on both sides
        String served = given().get("/q/openapi").then().statusCode(200).extract().asString();
        ObjectMapper json = new ObjectMapper();
        List<String> differences = new ArrayList<>();
        compare("", json.valueToTree(new Yaml().load(Files.readString(checkedIn))), json.valueToTree(new Yaml().load(served)),
                differences);
        assertTrue(differences.isEmpty(), "docs/openapi/" + service() + ".yaml differs from the document the service serves at "
                + differences.subList(0, Math.min(10, differences.size())) + ". " + refresh);
    }

    /** Collects the JSON pointers where the two trees differ; the order of an object's fields does not count. */
    private static void compare(String at, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            names.forEach(n -> compare(at + "/" + n.replace("~", "~0").replace("/", "~1"),
                    expected.path(n), actual.path(n), differences));
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                compare(at + "/" + i, expected.get(i), actual.get(i), differences);
            }
        } else if (!expected.equals(actual) && !(expected.isNumber() && actual.isNumber()
                && expected.decimalValue().compareTo(actual.decimalValue()) == 0)) {
            differences.add(at.isEmpty() ? "/" : at);
        }
    }

    /** Calls the action with "METHOD /path" and the operation for every operation of the document. */
    protected void eachOperation(BiConsumer<String, JsonNode> action) {
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                action.accept(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
    }

    /** The served document as JSON. */
    protected JsonNode document() {
        return doc;
    }
}
