package de.dienstleistungspool.stack;

import de.dienstleistungspool.platform.messaging.KafkaRights;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A single-node Kafka 4 KRaft broker (combined broker and controller) in its own JVM ({@code kafka.Kafka} with a
 * generated server.properties), its storage formatted on first use and kept under {@code .stack/kafka}. Like the
 * production brokers it signs every client in (SASL) and lets each service do only what
 * {@link de.dienstleistungspool.platform.messaging.KafkaRights} grants it ({@link KafkaLogins}).
 */
public final class KafkaBroker {

    /** The topics of docs/EVENTS.md, created up front so consumers find all partitions from the start. */
    public static final List<String> TOPICS = List.of("member-events", "pool-events", "booking-events",
            "settlement-events", "demand-events");
    public static final int PARTITIONS = 3;
    private static final int NODE_ID = 1;

    private final Path dir;
    private final int port;
    private final int controllerPort;
    private final KafkaLogins logins;

    /** The broker kept in {@code dir}, with the logins kept there ({@link KafkaLogins#keptIn}). */
    public KafkaBroker(Path dir, int port, int controllerPort) {
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.logins = KafkaLogins.keptIn(dir);
    }

    public KafkaLogins logins() {
        return logins;
    }

    /** Client settings that sign in as the broker's administrator, who may read and write every topic. */
    public Properties adminClient() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.putAll(logins.adminClientConfig());
        return p;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /**
     * Writes server.properties and the logins, formats the storage if it is new, and starts the broker JVM (without
     * waiting).
     */
    public ChildProcess start(List<String> jvmOptions, Path log) {
        Path data = dir.resolve("data");
        Path config = dir.resolve("server.properties");
        try {
            Files.createDirectories(data);
            logins.store(dir);
            KafkaLogins.writePrivate(config, w -> w.write(serverProperties(data)));
            if (!Files.exists(data.resolve("meta.properties"))) {
                format(data, log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the Kafka broker in " + dir, e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format the Kafka storage in " + data, e);
        }
        List<String> args = new ArrayList<>(jvmOptions);
        args.addAll(List.of("-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS",
                "-Dorg.slf4j.simpleLogger.logFile=System.out",
                "-Dorg.slf4j.simpleLogger.log.kafka=warn",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka=warn",
                "-Dorg.slf4j.simpleLogger.log.state.change.logger=warn",
                "-Dorg.slf4j.simpleLogger.log.kafka.server.KafkaRaftServer=info",
                "kafka.Kafka", config.toString()));
        String classpath = String.join(java.io.File.pathSeparator, classpath().stream().map(Path::toString).toList());
        return ChildProcess.startJava("kafka", args, Map.of("CLASSPATH", classpath), dir, log);
    }

    /**
     * The broker's classpath: the launcher's own dependencies (kafka_2.13 and its runtime dependencies) without the
     * launcher's classes, so that rebuilding the launcher does not invalidate the broker's class-data archive.
     */
    public static List<Path> classpath() {
        Path own;
        try {
            own = Path.of(KafkaBroker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            own = null;
        }
        List<Path> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            if (own == null || !path.equals(own.toAbsolutePath())) {
                entries.add(path);
            }
        }
        return entries;
    }

    String serverProperties(Path data) {
        return String.join("\n",
                "# generated by the stack launcher on every start; data in " + data,
                "process.roles=broker,controller",
                "node.id=" + NODE_ID,
                "controller.quorum.voters=" + NODE_ID + "@127.0.0.1:" + controllerPort,
                "listeners=CLIENT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=CLIENT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=CLIENT",
                "listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
                // the services sign in with SCRAM-SHA-512 (users in the cluster metadata, made by grant), the
                // administrator with PLAIN (its one user in this file), also where the node talks to itself
                "sasl.enabled.mechanisms=PLAIN," + KafkaRights.MECHANISM.mechanismName(),
                "sasl.mechanism.inter.broker.protocol=PLAIN",
                "sasl.mechanism.controller.protocol=PLAIN",
                "listener.name.client.plain.sasl.jaas.config=" + logins.plainJaas(true),
                "listener.name.client.scram-sha-512.sasl.jaas.config="
                        + "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                "listener.name.controller.plain.sasl.jaas.config=" + logins.plainJaas(true),
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "super.users=User:" + KafkaLogins.ADMIN,
                "allow.everyone.if.no.acl.found=false",
                "log.dirs=" + data,
                "num.partitions=" + PARTITIONS,
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=" + PARTITIONS,
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=" + PARTITIONS,
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "num.network.threads=2",
                "num.io.threads=2",
                "num.recovery.threads.per.data.dir=1",
                "background.threads=2",
                "log.cleaner.threads=1",
                "log.cleaner.dedupe.buffer.size=8388608",
                "log.retention.hours=720",
                "") + "\n";
    }

    private void format(Path data, Path log) throws Exception {
        try (PrintStream out = new PrintStream(Files.newOutputStream(log,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND), true)) {
            new Formatter()
                    .setPrintStream(out)
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(data.toString()))
                    .setMetadataLogDirectory(data.toString())
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setControllerListenerName("CONTROLLER")
                    .run();
        }
    }

    /** Waits until the broker accepts connections; fails if the JVM dies. */
    public void awaitReady(ChildProcess broker, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!accepts()) {
            broker.requireAlive();
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Kafka did not open port " + port + " within " + timeout
                        + "; see " + broker.log());
            }
            sleep(200);
        }
    }

    /**
     * Waits until the broker accepts connections, then creates the missing topics and gives every service its login
     * and ACLs (again after a restart: nothing changes then); fails if the JVM dies.
     */
    public void awaitReadyAndProvision(ChildProcess broker, Duration timeout) {
        awaitReady(broker, timeout);
        Properties props = adminClient();
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) Math.max(5000, timeout.toMillis()));
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(timeout.toSeconds(), TimeUnit.SECONDS);
            List<NewTopic> missing = TOPICS.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, PARTITIONS, (short) 1)).toList();
            for (var created : admin.createTopics(missing).values().values()) {
                try {
                    created.get(timeout.toSeconds(), TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e; // a service may have auto-created it meanwhile: that is fine
                    }
                }
            }
            logins.grant(admin);
        } catch (Exception e) {
            broker.requireAlive();
            throw new IllegalStateException("Could not create the topics " + TOPICS + " and the services' logins", e);
        }
    }

    private boolean accepts() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
