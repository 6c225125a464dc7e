package de.dienstleistungspool.testinfra;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import de.dienstleistungspool.platform.messaging.KafkaRights;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

/**
 * The real servers a test JVM runs against: one embedded PostgreSQL 17 and one in-JVM Kafka KRaft broker,
 * each started on first use and stopped when the JVM exits.
 */
public final class TestInfrastructure {

    private static EmbeddedPostgres postgres;
    private static KafkaClusterTestKit kafka;
    /** Shutdown hooks the Kafka test kit asked for (deleting its temp directories), run once the broker has stopped. */
    private static final List<Runnable> KAFKA_EXIT_HOOKS = new CopyOnWriteArrayList<>();

    private TestInfrastructure() {
    }

    /** The JVM's PostgreSQL server, started on first call. */
    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                Path dir = Files.createTempDirectory("pg-test-");
                postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(dir.resolve("data"))
                        .setCleanDataDirectory(true)
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_prepared_transactions", "0")
                        // as for the services' logins in production (DatabaseLogins): the tests' refusals (a race's
                        // 409s) are answered to the service, not written to the test output with their statements
                        .setServerConfig("log_min_messages", "log")
                        .setServerConfig("log_min_error_statement", "panic")
                        // profiling aid for benchmarks, e.g. -Dtestinfra.postgres.preload=pg_stat_statements
                        .setServerConfig("shared_preload_libraries", System.getProperty("testinfra.postgres.preload", ""))
                        .start();
            } catch (IOException e) {
                throw new IllegalStateException("Embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::closePostgres, "pg-shutdown"));
        }
        return postgres;
    }

    /** Creates the database if it does not exist yet and returns its JDBC URL. */
    public static String database(String name) {
        EmbeddedPostgres pg = postgres();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            var exists = s.executeQuery("select 1 from pg_database where datname = '" + name.replace("'", "") + "'");
            if (!exists.next()) {
                s.execute("create database \"" + name.replace("\"", "") + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return pg.getJdbcUrl("postgres", name);
    }

    /** The JVM's Kafka broker (KRaft, combined broker and controller), started on first call. */
    public static synchronized KafkaClusterTestKit kafka() {
        if (kafka == null) {
            keepKafkaFromEndingTheJvm();
            try {
                KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                        .setConfigProp("auto.create.topics.enable", "true")
                        .setConfigProp("num.partitions", "3")
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("offsets.topic.num.partitions", "3")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("transaction.state.log.min.isr", "1")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .setConfigProp("log.flush.interval.messages", "1000000")
                        .build();
                cluster.format();
                cluster.startup();
                cluster.waitForReadyBrokers();
                kafka = cluster;
                // the platform's topics exist before any service sends, as in the stack (KafkaBroker) and production
                createTopics(cluster.bootstrapServers(), KafkaRights.SERVICES.stream().flatMap(p -> p.writes().stream())
                        .distinct().toArray(String[]::new));
            } catch (Exception e) {
                throw new IllegalStateException("Kafka broker did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::closeKafka, "kafka-shutdown"));
        }
        return kafka;
    }

    /**
     * Creates topics (3 partitions; an existing one is left alone) and waits until every partition has a leader. A
     * burst sent into a topic while Kafka creates it on first use can hit the moment its leader takes over: the first
     * request is refused (not the leader) and a later one of the same idempotent producer is taken, so the first one's
     * retry is out of sequence for good. Tests that need a topic of their own create it here first.
     */
    public static void createTopics(String... topics) {
        createTopics(bootstrapServers(), topics);
    }

    private static void createTopics(String bootstrapServers, String... topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (var created : admin.createTopics(Arrays.stream(topics).map(t -> new NewTopic(t, 3, (short) 1)).toList())
                    .values().values()) {
                try {
                    created.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!allLed(admin, topics)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Topics without a leader after 30 s: " + Arrays.toString(topics));
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not create " + Arrays.toString(topics), e);
        }
    }

    private static boolean allLed(Admin admin, String... topics) throws InterruptedException {
        try {
            return admin.describeTopics(Arrays.asList(topics)).allTopicNames().get(10, TimeUnit.SECONDS).values().stream()
                    .flatMap(d -> d.partitions().stream())
                    .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
        } catch (ExecutionException | TimeoutException e) {
            return false; // not known to the broker yet
        }
    }

    public static String bootstrapServers() {
        return kafka().bootstrapServers();
    }

    /** A companion for producing to and asserting on topics of the JVM's broker. */
    public static KafkaCompanion kafkaCompanion() {
        return new KafkaCompanion(bootstrapServers());
    }

    /** Stops the broker (not the controller), simulating a broker outage; see {@link #startBroker()}. */
    public static void stopBroker() {
        kafka().brokers().values().forEach(b -> {
            b.shutdown();
            b.awaitShutdown();
        });
    }

    /** Starts the broker stopped by {@link #stopBroker()} again, on the same port, and waits until it is ready. */
    public static void startBroker() {
        try {
            kafka().brokers().values().forEach(b -> b.startup());
            kafka().waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka broker did not restart", e);
        }
    }

    /**
     * Configuration that points a service at these servers, using its own database. Tests connect as the superuser
     * (several create fixtures or benchmark data with DDL); the least-privilege logins of the stack, Compose and
     * Kubernetes are exercised by the stack's and the end-to-end tests.
     */
    public static Map<String, String> serviceConfig(String database) {
        return Map.of(
                "quarkus.datasource.jdbc.url", database(database),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "quarkus.flyway.username", "postgres",
                "quarkus.flyway.password", "postgres",
                "kafka.bootstrap.servers", bootstrapServers(),
                // the relay's fallback round only every 30 s (1 s in production): every event a test waits for shows
                // that a commit wakes the relay (OutboxContractTest)
                "outbox.relay.fallback-interval", "PT30S");
    }

    private static void closePostgres() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting
        }
    }

    /**
     * The in-JVM broker lives by Kafka's {@link Exit}: its test kit registers a JVM shutdown hook per temp directory
     * that deletes the directory, and a broker that loses its log directories halts the JVM with status 1. Both
     * hooks running at once (the directories deleted under a broker still shutting down) can end a test JVM whose
     * tests all passed with status 1, which Maven reports as a failed fork. Here the deletions wait until the
     * broker has stopped, and a halt or exit requested by Kafka is logged instead of ending the JVM.
     */
    private static void keepKafkaFromEndingTheJvm() {
        Exit.setShutdownHookAdder((name, hook) -> KAFKA_EXIT_HOOKS.add(hook));
        Exit.setHaltProcedure((status, message) -> refused("halt", status, message));
        Exit.setExitProcedure((status, message) -> refused("exit", status, message));
    }

    private static void refused(String what, int status, String message) {
        new IllegalStateException("The in-JVM Kafka broker asked to " + what + " the JVM with status " + status
                + (message == null ? "" : ": " + message) + "; refused").printStackTrace();
    }

    private static void closeKafka() {
        try {
            kafka.close();
        } catch (Exception ignored) {
            // the JVM is exiting
        }
        for (Runnable hook : KAFKA_EXIT_HOOKS) {
            try {
                hook.run();
            } catch (RuntimeException ignored) {
                // best effort: a temp directory left behind
            }
        }
    }
}
