package de.dienstleistungspool.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The one command behind {@code deploy/stack.sh}: starts PostgreSQL, the Kafka broker, GreenMail, the four
 * services and the portal, waits until each is ready, prints where everything lives, and stops it all on Ctrl-C.
 */
public final class StackLauncher {

    static final List<String> SERVICE_JVM = List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:+ExitOnOutOfMemoryError");
    static final List<String> KAFKA_JVM = List.of("-Xms64m", "-Xmx320m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Xss512k", "-Djava.awt.headless=true", "-XX:+ExitOnOutOfMemoryError");
    static final List<String> MAIL_JVM = List.of("-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xss512k");
    static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("stack.ready-timeout", 240));

    private final StackLayout layout;
    private final PidFile pids;
    private final Map<Long, String> namedPids = new LinkedHashMap<>();
    private final List<ChildProcess> services = new ArrayList<>();
    private volatile ChildProcess kafka;
    private volatile ChildProcess mail;
    private volatile StackPostgres postgres;

    StackLauncher(StackLayout layout) {
        this.layout = layout;
        this.pids = new PidFile(layout.pidFile());
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        List<String> options = Arrays.asList(args);
        if (options.contains("--help") || options.contains("-h")) {
            System.out.println("Usage: deploy/stack.sh [--fresh] [--no-build | --build]\n"
                    + "  --fresh     delete .stack/ (databases, broker data, logs) and start from the demo data\n"
                    + "  --no-build  start from the jars as they are (default: build when sources changed)\n"
                    + "  --build     run the Maven build even if nothing changed\n"
                    + "  STACK_SERVICE_JVM_OPTS, STACK_KAFKA_JVM_OPTS, STACK_MAIL_JVM_OPTS replace the JVM options;"
                    + " STACK_CDS=1 turns on class-data sharing (docs/OPERATIONS.md)");
            return;
        }
        Path root = Path.of(System.getProperty("stack.root", ".")).toAbsolutePath().normalize();
        StackLauncher launcher = new StackLauncher(StackLayout.standard(root));
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "stack-shutdown"));
        try {
            launcher.start(options.contains("--fresh"));
        } catch (RuntimeException e) {
            System.err.println("\nThe stack did not start: " + e.getMessage());
            System.exit(1);
        }
        launcher.awaitCtrlC();
    }

    void start(boolean fresh) {
        long t0 = System.nanoTime();
        int leftovers = pids.stopLeftovers(layout.postgresData());
        layout.prepare(fresh);
        List<StackService> all = StackService.all(layout);
        for (StackService s : all) {
            if (!Files.isRegularFile(s.runner(layout))) {
                throw new IllegalStateException(s.runner(layout) + " is missing: run ./mvnw -DskipTests install");
            }
        }
        System.out.printf("Starting the stack in %s%s%s%n", layout.stateDir(), fresh ? " (fresh)" : "",
                leftovers > 0 ? " after stopping " + leftovers + " leftover processes" : "");

        KafkaBroker broker = new KafkaBroker(layout.kafkaDir(), layout.kafkaPort(), layout.kafkaControllerPort());
        List<String> kafkaJvm = new ArrayList<>(jvmOptions("STACK_KAFKA_JVM_OPTS", KAFKA_JVM));
        kafkaJvm.addAll(ClassDataSharing.options(layout.cds("kafka"), KafkaBroker.classpath(), kafkaJvm));
        kafka = track(broker.start(kafkaJvm, layout.log("kafka")));
        MailServer mailServer = new MailServer(layout.inRepo("deploy/stack/target/greenmail/greenmail-standalone.jar"),
                layout.smtpPort(), layout.imapPort(), layout.mailApiPort());
        mail = track(mailServer.start(jvmOptions("STACK_MAIL_JVM_OPTS", MAIL_JVM), layout.stateDir(),
                layout.log("greenmail")));

        postgres = StackPostgres.start(layout.postgresData(), layout.postgresPort(), layout.log("postgres"));
        List<String> created = postgres.provision(StackPostgres.localLogins());
        step(t0, "PostgreSQL 17 on localhost:" + layout.postgresPort()
                + (created.isEmpty() ? " (data reused)" : " (created " + String.join(", ", created) + ")")
                + ", one owner and one service login per database");

        // the services sign in to the broker as soon as they start: their logins must exist by then
        broker.awaitReadyAndProvision(kafka, READY_TIMEOUT);
        step(t0, "Kafka " + broker.bootstrapServers() + ", topics " + String.join(", ", KafkaBroker.TOPICS)
                + ", one SASL login and its ACLs per service");

        Map<StackService, ChildProcess> started = new LinkedHashMap<>();
        for (StackService s : all) {
            List<String> serviceJvm = new ArrayList<>(jvmOptions("STACK_SERVICE_JVM_OPTS", SERVICE_JVM));
            serviceJvm.addAll(ClassDataSharing.options(layout.cds(s.name()),
                    List.of(s.runner(layout).getParent()), serviceJvm));
            ChildProcess p = track(ChildProcess.startJava(s.name(),
                    s.jvmArguments(layout, broker.logins(), serviceJvm), Map.of(), layout.root(), layout.log(s.name())));
            services.add(p);
            started.put(s, p);
        }

        mailServer.awaitReady(mail, READY_TIMEOUT);
        step(t0, "GreenMail SMTP localhost:" + layout.smtpPort() + ", IMAP localhost:" + layout.imapPort());

        new ReadinessWatch().awaitAll(started, READY_TIMEOUT, t0, (s, seconds) -> {
            // the demo regions come through the API first: the demo data of municipality-service refers to them
            String regions = s.name().equals("municipality-service") ? ", demo regions through PUT /regions as "
                    + DemoRegions.OPERATOR_CLIENT + ": " + String.join(", ", new DemoRegions(s.baseUrl()).create()) : "";
            int demo = s.hasDatabase() ? DemoData.load(s.appDir(layout), postgres.jdbcUrl(s.database()), s.logins()) : 0;
            step(t0, s.name() + " ready (up after " + String.format("%.1f s", seconds) + ")" + regions
                    + (demo > 0 ? ", " + demo + " demo data migrations applied" : ""));
        });
        double total = (System.nanoTime() - t0) / 1e9;
        MemoryReport memory = MemoryReport.measure(namedPids, postgres.postmasterPid());
        new StackSummary(layout, all, mailServer).print(total, memory);
    }

    private ChildProcess track(ChildProcess child) {
        pids.record(child);
        namedPids.put(child.pid(), child.name());
        return child;
    }

    private static List<String> jvmOptions(String envName, List<String> defaults) {
        String override = System.getenv(envName);
        return override == null || override.isBlank() ? defaults : List.of(override.trim().split("\\s+"));
    }

    private static void step(long t0, String what) {
        System.out.printf("  %5.1f s  %s%n", (System.nanoTime() - t0) / 1e9, what);
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitCtrlC() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the services, then GreenMail and the broker, then PostgreSQL; safe to call twice. */
    synchronized void stop() {
        if (services.isEmpty() && kafka == null && mail == null && postgres == null) {
            return;
        }
        System.out.println("\nStopping the stack ...");
        List<Thread> stopping = services.stream()
                .map(p -> new Thread(() -> p.stop(30), "stop-" + p.name())).toList();
        stopping.forEach(Thread::start);
        stopping.forEach(StackLauncher::join);
        services.clear();
        if (mail != null) {
            mail.stop(10);
            mail = null;
        }
        if (kafka != null) {
            kafka.stop(30);
            kafka = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
        pids.clear();
        System.out.println("Stack stopped; data kept in " + layout.stateDir() + " (deploy/stack.sh --fresh resets it)");
    }
}
