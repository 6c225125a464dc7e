package de.dienstleistungspool.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.dienstleistungspool.platform.messaging.KafkaRights;
import de.dienstleistungspool.stack.KafkaBroker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.common.acl.AclBinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production manifests give the broker's users and ACLs from the one table, {@link KafkaRights}, so they cannot
 * drift: Compose's {@code kafka-init.sh} (run here against stand-ins of the Kafka tools that record what they are
 * asked) and the Strimzi KafkaUsers of Kubernetes grant exactly its ACLs, and each service signs in as its principal.
 * No stack is started.
 */
class KafkaRightsManifestsTest {

    static final Path DEPLOY = ProductionManifestsTest.DEPLOY;

    @TempDir
    Path tools;

    @Test
    void composeInitGrantsExactlyKafkaRightsAndEachServiceSignsInAsItsPrincipal() throws Exception {
        JsonNode compose = ProductionManifestsTest.YAML.readTree(DEPLOY.resolve("docker-compose.yml").toFile());
        List<List<String>> calls = runInitScript(compose.path("services").path("kafka-init").path("environment"));

        Set<String> topics = new TreeSet<>();
        Map<String, String> passwordVariable = new TreeMap<>();
        Set<String> acls = new TreeSet<>();
        for (List<String> call : calls) {
            assertEquals(List.of("--bootstrap-server", "kafka:9092", "--command-config"), call.subList(1, 4), call.toString());
            switch (call.get(0)) {
                case "kafka-topics.sh" -> topics.add(after(call, "--topic"));
                case "kafka-configs.sh" -> passwordVariable.put(after(call, "--entity-name"),
                        after(call, "--add-config").replaceAll("^SCRAM-SHA-512=\\[iterations=8192,password=pw-(\\w+)]$", "$1"));
                case "kafka-acls.sh" -> acls.addAll(aclsOfCommand(call));
                default -> throw new AssertionError("unexpected tool " + call);
            }
        }
        assertEquals(new TreeSet<>(KafkaBroker.TOPICS), topics, "the topics");
        assertEquals(principals(), passwordVariable.keySet(), "one SCRAM-SHA-512 login per service");
        assertEquals(expectedAcls(), acls, "the ACLs of kafka-init.sh");

        for (String principal : principals()) {
            JsonNode env = compose.path("services").path(principal).path("environment");
            String jaas = env.path("KAFKA_SASL_JAAS_CONFIG").asText();
            assertTrue(jaas.contains("ScramLoginModule required username=\"" + principal + "\"")
                    && jaas.contains("password=\"${" + passwordVariable.get(principal) + ":?"), principal + ": " + jaas);
        }
        JsonNode broker = compose.path("services").path("kafka").path("environment");
        assertTrue(broker.path("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP").asText().matches("(\\w+:SASL_\\w+,?)+"),
                "every listener signs clients in: " + broker.path("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"));
        assertEquals("false", broker.path("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND").asText());
        assertEquals("org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                broker.path("KAFKA_AUTHORIZER_CLASS_NAME").asText());
    }

    @Test
    void kubernetesKafkaUsersGrantExactlyKafkaRightsAndEachServiceReadsItsUsersSecret() throws IOException {
        Set<String> users = new TreeSet<>();
        Set<String> acls = new TreeSet<>();
        Map<String, String> jaasSecret = new TreeMap<>();
        JsonNode config = null;
        for (JsonNode doc : ProductionManifestsTest.kubernetesManifests().values().stream().flatMap(List::stream)
                .toList()) {
            String name = doc.path("metadata").path("name").asText();
            switch (doc.path("kind").asText()) {
                case "KafkaUser" -> {
                    users.add(name);
                    assertEquals("scram-sha-512", doc.path("spec").path("authentication").path("type").asText(), name);
                    assertEquals("simple", doc.path("spec").path("authorization").path("type").asText(), name);
                    for (JsonNode acl : doc.path("spec").path("authorization").path("acls")) {
                        JsonNode resource = acl.path("resource");
                        String pattern = resource.path("patternType").asText("literal").equals("prefix") ? "PREFIXED"
                                : "LITERAL";
                        acl.path("operations").forEach(op -> acls.add(acl("User:" + name,
                                resource.path("type").asText().toUpperCase(), pattern, resource.path("name").asText(),
                                op.asText().toUpperCase())));
                    }
                }
                case "Deployment" -> doc.path("spec").path("template").path("spec").path("containers").forEach(c ->
                        c.path("env").forEach(e -> {
                            if (e.path("name").asText().equals("KAFKA_SASL_JAAS_CONFIG")) {
                                JsonNode ref = e.path("valueFrom").path("secretKeyRef");
                                jaasSecret.put(name, ref.path("name").asText() + "/" + ref.path("key").asText());
                            }
                        }));
                case "ConfigMap" -> config = doc.path("data");
                default -> { }
            }
        }
        assertEquals(principals(), users, "one KafkaUser per service");
        assertEquals(expectedAcls(), acls, "the KafkaUsers' ACLs");
        assertEquals(principals().stream().collect(Collectors.toMap(p -> p, p -> p + "/sasl.jaas.config", (a, b) -> a,
                TreeMap::new)), jaasSecret, "each service signs in with its KafkaUser's Secret");
        assertTrue(config != null && config.path("KAFKA_SECURITY_PROTOCOL").asText().startsWith("SASL_")
                && config.path("KAFKA_SASL_MECHANISM").asText().equals("SCRAM-SHA-512"), String.valueOf(config));
    }

    /** Runs kafka-init.sh with the passwords named in Compose and Kafka tools that only record their arguments. */
    private List<List<String>> runInitScript(JsonNode environment) throws Exception {
        Path log = tools.resolve("calls.log");
        for (String tool : List.of("kafka-topics.sh", "kafka-configs.sh", "kafka-acls.sh")) {
            Path stub = tools.resolve(tool);
            Files.writeString(stub, "#!/bin/sh\n{ basename \"$0\"; for a in \"$@\"; do echo \"$a\"; done; echo .; }"
                    + " >> \"$CALLS\"\n");
            assertTrue(stub.toFile().setExecutable(true));
        }
        ProcessBuilder run = new ProcessBuilder("bash", DEPLOY.resolve("docker/kafka-init.sh").toString())
                .redirectErrorStream(true);
        run.environment().keySet().removeIf(k -> k.endsWith("_PASSWORD"));
        environment.fieldNames().forEachRemaining(k -> run.environment().put(k, "pw-" + k));
        run.environment().put("KAFKA_BIN", tools.toString());
        run.environment().put("CALLS", log.toString());
        Process p = run.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), "kafka-init.sh failed: " + output);
        List<List<String>> calls = new ArrayList<>();
        List<String> call = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            if (line.equals(".")) {
                calls.add(call);
                call = new ArrayList<>();
            } else {
                call.add(line);
            }
        }
        return calls;
    }

    /** The ACLs one {@code kafka-acls.sh --add} call creates, as {@link #acl} strings. */
    private static List<String> aclsOfCommand(List<String> call) {
        String type = call.contains("--group") ? "GROUP" : "TOPIC";
        String name = after(call, type.equals("GROUP") ? "--group" : "--topic");
        String pattern = call.contains("--resource-pattern-type") ? after(call, "--resource-pattern-type").toUpperCase()
                : "LITERAL";
        List<String> acls = new ArrayList<>();
        for (int i = 0; i < call.size(); i++) {
            if (call.get(i).equals("--operation")) {
                acls.add(acl(after(call, "--allow-principal"), type, pattern, name, call.get(i + 1).toUpperCase()));
            }
        }
        return acls;
    }

    private static Set<String> expectedAcls() {
        return KafkaRights.SERVICES.stream().flatMap(p -> KafkaRights.acls(p).stream())
                .map(KafkaRightsManifestsTest::acl).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String acl(AclBinding b) {
        return acl(b.entry().principal(), b.pattern().resourceType().name(), b.pattern().patternType().name(),
                b.pattern().name(), b.entry().operation().name());
    }

    private static String acl(String principal, String type, String pattern, String name, String operation) {
        return principal + " " + operation + " " + type + " " + pattern + " " + name;
    }

    private static Set<String> principals() {
        return KafkaRights.SERVICES.stream().map(KafkaRights.Principal::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String after(List<String> call, String option) {
        int i = call.indexOf(option);
        assertTrue(i >= 0 && i + 1 < call.size(), option + " in " + call);
        return call.get(i + 1);
    }
}
