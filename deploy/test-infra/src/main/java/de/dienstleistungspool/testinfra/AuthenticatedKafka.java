package de.dienstleistungspool.testinfra;

import de.dienstleistungspool.platform.messaging.KafkaRights;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A second in-JVM Kafka broker that, like the production brokers, signs clients in (SASL SCRAM-SHA-512) and lets
 * each service do only what {@link KafkaRights} grants it: for the test that proves the rights hold and the services
 * still work under them. The other tests use the plain broker of {@link TestInfrastructure}.
 */
public final class AuthenticatedKafka {

    /** The test kit's administrator (SASL PLAIN, a super user): creates the topics, users and ACLs, reads anything. */
    private static final String ADMIN_JAAS = "org.apache.kafka.common.security.plain.PlainLoginModule required"
            + " username=\"plain-admin\" password=\"plain-admin-secret\";";
    private static final List<String> TOPICS = List.of("member-events", "pool-events", "booking-events",
            "settlement-events", "demand-events");

    private static KafkaClusterTestKit broker;

    private AuthenticatedKafka() {
    }

    /** The broker, started with the platform's users and ACLs on first call. */
    public static synchronized KafkaClusterTestKit broker() {
        if (broker == null) {
            TestInfrastructure.kafka(); // the plain broker comes first: it keeps Kafka's exit and halt calls from ending the JVM
            try {
                KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .setBrokerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                        .build())
                        .setConfigProp("sasl.enabled.mechanisms", "PLAIN," + KafkaRights.MECHANISM.mechanismName())
                        .setConfigProp("listener.name.external.scram-sha-512.sasl.jaas.config",
                                "org.apache.kafka.common.security.scram.ScramLoginModule required;")
                        // the controller listener (node-internal, plaintext) signs in nobody: its requests come as
                        // ANONYMOUS and must pass; clients reach only the SASL listener, where ANONYMOUS does not exist
                        .setConfigProp("super.users", "User:plain-admin;User:ANONYMOUS")
                        .setConfigProp("auto.create.topics.enable", "true")
                        .setConfigProp("num.partitions", "3")
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("offsets.topic.num.partitions", "3")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .build();
                cluster.format();
                cluster.startup();
                cluster.waitForReadyBrokers();
                try (Admin admin = Admin.create(admin(cluster.bootstrapServers()))) {
                    admin.createTopics(TOPICS.stream().map(t -> new NewTopic(t, 3, (short) 1)).toList()).all()
                            .get(30, TimeUnit.SECONDS);
                    KafkaRights.apply(admin, AuthenticatedKafka::password);
                }
                broker = cluster;
            } catch (Exception e) {
                throw new IllegalStateException("The authenticated Kafka broker did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(AuthenticatedKafka::close, "authenticated-kafka-shutdown"));
        }
        return broker;
    }

    /** The test password of a service's principal. */
    public static String password(String principal) {
        return principal + "-test-secret";
    }

    /** Client properties that sign in as the principal with the password (a wrong one to prove it is refused). */
    public static Properties clientAs(String principal, String password) {
        Properties p = new Properties();
        p.put("bootstrap.servers", broker().bootstrapServers());
        p.putAll(KafkaRights.clientConfig(principal, password));
        return p;
    }

    /** Client properties of the administrator, who may read every topic. */
    public static Properties admin() {
        return admin(broker().bootstrapServers());
    }

    /** {@link TestInfrastructure#serviceConfig} with the service signed in to this broker as its own principal. */
    public static Map<String, String> serviceConfig(String database, String principal) {
        Map<String, String> config = new HashMap<>(TestInfrastructure.serviceConfig(database));
        config.put("kafka.bootstrap.servers", broker().bootstrapServers());
        KafkaRights.clientConfig(principal, password(principal)).forEach((k, v) -> config.put("kafka." + k, v));
        return config;
    }

    private static Properties admin(String bootstrapServers) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        p.put("security.protocol", "SASL_PLAINTEXT");
        p.put("sasl.mechanism", "PLAIN");
        p.put("sasl.jaas.config", ADMIN_JAAS);
        return p;
    }

    private static void close() {
        try {
            broker.close();
        } catch (Exception ignored) {
            // the JVM is exiting
        }
    }
}
