package de.dienstleistungspool.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads the production manifests (Docker Compose, Kubernetes) and fails on what would put tokens or the trust anchor
 * on the wire in clear: a JWKS URL that is not HTTPS, a port published to the network without TLS, a Kubernetes
 * Service exposed outside the cluster, or an Ingress host without TLS. No stack is started.
 */
class ProductionManifestsTest {

    static final Path DEPLOY = Path.of(System.getProperty("e2e.root", "../..")).resolve("deploy");
    static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void composePublishesOnlyTheTlsPortAndFetchesTheJwksOverHttps() throws IOException {
        JsonNode compose = YAML.readTree(DEPLOY.resolve("docker-compose.yml").toFile());
        List<String> violations = new ArrayList<>();
        jwksUrls(compose, "docker-compose.yml", violations);
        compose.path("services").fields().forEachRemaining(service -> {
            for (JsonNode port : service.getValue().path("ports")) {
                String mapping = port.isTextual() ? port.asText() : port.path("published").asText() + ":"
                        + port.path("target").asText();
                boolean loopbackOnly = mapping.startsWith("127.0.0.1:") || mapping.startsWith("[::1]:");
                boolean tls = mapping.endsWith(":443") && service.getKey().equals("tls-proxy");
                if (!loopbackOnly && !tls) {
                    violations.add("docker-compose.yml: " + service.getKey() + " publishes " + mapping + " without TLS");
                }
            }
        });
        assertEquals(List.of(), violations);
    }

    @Test
    void kubernetesExposesNothingButTlsIngressesAndFetchesTheJwksOverHttps() throws IOException {
        List<String> violations = new ArrayList<>();
        int ingresses = 0;
        for (Map.Entry<String, List<JsonNode>> file : kubernetesManifests().entrySet()) {
            for (JsonNode doc : file.getValue()) {
                String where = file.getKey() + " " + doc.path("kind").asText() + " "
                        + doc.path("metadata").path("name").asText();
                jwksUrls(doc, where, violations);
                switch (doc.path("kind").asText()) {
                    case "Service" -> {
                        String type = doc.path("spec").path("type").asText("ClusterIP");
                        if (!type.equals("ClusterIP")) {
                            violations.add(where + " is exposed as " + type + " (only a TLS Ingress may expose)");
                        }
                    }
                    case "Ingress" -> {
                        ingresses++;
                        Set<String> tlsHosts = new TreeSet<>();
                        doc.path("spec").path("tls").forEach(t -> t.path("hosts").forEach(h -> tlsHosts.add(h.asText())));
                        for (JsonNode rule : doc.path("spec").path("rules")) {
                            if (!tlsHosts.contains(rule.path("host").asText("*"))) {
                                violations.add(where + ": host " + rule.path("host").asText("(any)") + " without TLS");
                            }
                        }
                    }
                    default -> {
                        for (JsonNode container : doc.path("spec").path("template").path("spec").path("containers")) {
                            container.path("ports").forEach(p -> {
                                if (p.has("hostPort")) {
                                    violations.add(where + " binds hostPort " + p.path("hostPort").asText());
                                }
                            });
                        }
                    }
                }
            }
        }
        assertTrue(ingresses > 0, "the APIs are exposed through an Ingress");
        assertEquals(List.of(), violations);
    }

    /** The documents of every Kubernetes manifest, by file name. */
    static Map<String, List<JsonNode>> kubernetesManifests() throws IOException {
        Map<String, List<JsonNode>> manifests = new TreeMap<>();
        try (Stream<Path> files = Files.list(DEPLOY.resolve("k8s"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                manifests.put(file.getFileName().toString(),
                        YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile()).readAll());
            }
        }
        return manifests;
    }

    /** Every value of a key or variable naming the JWKS (publickey location, *_JWKS_*) must be an HTTPS URL. */
    private static void jwksUrls(JsonNode node, String where, List<String> violations) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String key = e.getKey().toUpperCase();
                if ((key.contains("PUBLICKEY_LOCATION") || key.contains("JWKS")) && e.getValue().isTextual()
                        && !e.getValue().asText().startsWith("https://")) {
                    violations.add(where + ": " + e.getKey() + " = " + e.getValue().asText() + " is not HTTPS");
                }
                jwksUrls(e.getValue(), where, violations);
            });
        } else if (node.isArray()) {
            node.forEach(n -> {
                if (n.isTextual() && n.asText().toUpperCase().contains("PUBLICKEY_LOCATION=")
                        && !n.asText().substring(n.asText().indexOf('=') + 1).startsWith("https://")) {
                    violations.add(where + ": " + n.asText() + " is not HTTPS");
                }
                jwksUrls(n, where, violations);
            });
        }
    }

    @Test
    void theManifestsNameAJwksUrlAtAll() throws IOException {
        String compose = Files.readString(DEPLOY.resolve("docker-compose.yml"));
        String config = Files.readString(DEPLOY.resolve("k8s/configmap.yaml"));
        for (String manifest : List.of(compose, config)) {
            assertTrue(manifest.contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION"), "the check above has something to check");
            assertFalse(manifest.contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION: http://")
                    || manifest.contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION: \"http://"));
        }
    }
}
