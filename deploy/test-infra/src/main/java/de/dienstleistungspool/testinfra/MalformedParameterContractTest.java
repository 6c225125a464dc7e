package de.dienstleistungspool.testinfra;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.dienstleistungspool.platform.problem.Problem;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sends every typed path and query parameter of every operation of the service's OpenAPI document a text that is
 * not a value of its type ({@code year=abc}, a non-UUID id) and expects 400 {@code urn:problem:invalid-parameter}
 * naming the parameter, never the 404 Jakarta REST gives a failed conversion. Each service extends it in a
 * {@code @QuarkusTest}.
 */
public abstract class MalformedParameterContractTest {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static final String MALFORMED = "abc";

    @Test
    void aMalformedTypedParameterIsRefusedWith400NamingIt() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        List<String> wrong = new ArrayList<>();
        int[] probes = {0};
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            for (JsonNode param : op.getValue().path("parameters")) {
                String in = param.path("in").asText();
                if ((in.equals("path") || in.equals("query")) && typed(doc, param.path("schema"))) {
                    probes[0]++;
                    String name = param.path("name").asText();
                    Response answer = send(doc, op.getKey(), path.getKey(), op.getValue(), name, in);
                    String field = answer.contentType().startsWith(Problem.MEDIA_TYPE) ? answer.path("violations[0].field") : null;
                    if (answer.statusCode() != 400 || !name.equals(field)
                            || !"urn:problem:invalid-parameter".equals(answer.path("type"))) {
                        wrong.add(op.getKey().toUpperCase() + " " + path.getKey() + " " + in + " " + name + " -> "
                                + answer.statusCode() + " " + answer.asString());
                    }
                }
            }
        }));
        assertTrue(probes[0] > 0, "the document has typed parameters to probe");
        assertTrue(wrong.isEmpty(), "malformed parameters not refused with 400 naming them: " + wrong);
    }

    private static Response send(JsonNode doc, String method, String template, JsonNode op, String malformed, String in) {
        String path = template;
        for (JsonNode param : op.path("parameters")) {
            if (param.path("in").asText().equals("path")) {
                String name = param.path("name").asText();
                String value = in.equals("path") && name.equals(malformed) ? MALFORMED : valid(resolve(doc, param.path("schema")));
                path = path.replace("{" + name + "}", value);
            }
        }
        List<String> roles = new ArrayList<>();
        op.path("security").forEach(req -> req.elements().forEachRemaining(list -> list.forEach(r -> roles.add(r.asText()))));
        RequestSpecification request = given().urlEncodingEnabled(true)
                .header("Authorization", "Bearer " + TestTokens.token(UUID.randomUUID(), UUID.randomUUID(), roles.toArray(String[]::new)))
                .header("Idempotency-Key", UUID.randomUUID().toString());
        if (in.equals("query")) {
            request.queryParam(malformed, MALFORMED);
        }
        var content = op.path("requestBody").path("content").fieldNames();
        if (content.hasNext()) {
            String type = content.next();
            request.contentType(type).body(type.contains("json") ? "{}" : "");
        } else if (!method.equals("get")) {
            request.contentType("application/json"); // a class-wide @Consumes applies to body-less POSTs too
        }
        return request.request(method.toUpperCase(), path);
    }

    /** A parameter whose text must be a value of a type: a number, boolean, id, date, instant or one of an enum. */
    private static boolean typed(JsonNode doc, JsonNode schema) {
        JsonNode s = resolve(doc, schema);
        return List.of("integer", "number", "boolean").contains(s.path("type").asText())
                || List.of("uuid", "date", "date-time").contains(s.path("format").asText()) || s.has("enum");
    }

    private static String valid(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.path("enum").get(0).asText();
        }
        return switch (schema.path("format").asText(schema.path("type").asText())) {
            case "uuid" -> UUID.randomUUID().toString();
            case "int32", "int64", "integer" -> "2026";
            case "date" -> "2026-07-01";
            case "boolean" -> "false";
            default -> "x";
        };
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        if (schema.has("$ref")) {
            return doc.at(schema.path("$ref").asText().substring(1));
        }
        return schema;
    }
}
