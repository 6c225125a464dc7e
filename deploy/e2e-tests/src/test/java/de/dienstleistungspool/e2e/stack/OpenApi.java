package de.dienstleistungspool.e2e.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The operations a service publishes in its OpenAPI document, which drive the security and bad-input sweeps. */
public final class OpenApi {

    /** One operation: method, path template, parameters, body schema (or null) and the roles allowed (empty: public). */
    public record Operation(String service, String method, String path, List<Param> params, JsonNode bodySchema,
            String bodyType, List<String> roles, boolean secured) {
        public boolean isPublic() {
            return !secured;
        }

        public boolean mutates() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return service + " " + method + " " + path;
        }
    }

    /** A path or query parameter and its schema. */
    public record Param(String name, String in, JsonNode schema) {
        public String type() {
            return schema == null ? "string" : schema.path("type").asText("string");
        }

        public String format() {
            return schema == null ? "" : schema.path("format").asText("");
        }
    }

    private OpenApi() {
    }

    public static List<Operation> operations(Api api, String service) {
        JsonNode doc = api.call(service, "GET", "/q/openapi?format=json", null, null, null).json();
        List<Operation> out = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String method = op.getKey().toUpperCase();
            if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                return;
            }
            JsonNode o = op.getValue();
            List<Param> params = new ArrayList<>();
            o.path("parameters").forEach(p -> params.add(new Param(p.get("name").asText(), p.get("in").asText(),
                    resolve(doc, p.get("schema")))));
            JsonNode body = null;
            String bodyType = null;
            if (o.has("requestBody")) {
                var content = o.get("requestBody").path("content").fields();
                if (content.hasNext()) {
                    var first = content.next();
                    bodyType = first.getKey();
                    body = resolve(doc, first.getValue().get("schema"));
                }
            }
            List<String> roles = new ArrayList<>();
            o.path("security").forEach(req -> req.fields().forEachRemaining(s -> s.getValue()
                    .forEach(r -> roles.add(r.asText()))));
            out.add(new Operation(service, method, path.getKey(), params, body, bodyType, roles, o.has("security")));
        }));
        return out;
    }

    /** Follows a {@code $ref} into the components, resolving properties one level down as well. */
    public static JsonNode resolve(JsonNode doc, JsonNode schema) {
        if (schema == null) {
            return null;
        }
        if (schema.has("$ref")) {
            String[] parts = schema.get("$ref").asText().substring(2).split("/");
            JsonNode n = doc;
            for (String part : parts) {
                n = n.path(part);
            }
            return resolve(doc, n);
        }
        if (schema.has("properties")) {
            var copy = schema.deepCopy();
            var props = (com.fasterxml.jackson.databind.node.ObjectNode) copy.get("properties");
            props.fieldNames().forEachRemaining(name -> {
                JsonNode p = props.get(name);
                if (p.has("$ref")) {
                    JsonNode target = doc;
                    for (String part : p.get("$ref").asText().substring(2).split("/")) {
                        target = target.path(part);
                    }
                    props.set(name, target);
                }
            });
            return copy;
        }
        return schema;
    }
}
