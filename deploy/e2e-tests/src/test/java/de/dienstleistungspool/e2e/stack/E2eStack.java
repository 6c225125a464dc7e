package de.dienstleistungspool.e2e.stack;

import de.dienstleistungspool.stack.ChildProcess;
import de.dienstleistungspool.stack.DatabaseLogins;
import de.dienstleistungspool.stack.DemoData;
import de.dienstleistungspool.stack.DemoRegions;
import de.dienstleistungspool.stack.KafkaBroker;
import de.dienstleistungspool.stack.KafkaLogins;
import de.dienstleistungspool.stack.MailServer;
import de.dienstleistungspool.stack.StackPostgres;
import de.dienstleistungspool.stack.StackService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The real stack, started once per JVM on free ports with fresh state under {@code target/}: embedded PostgreSQL 17,
 * the Kafka broker in its own JVM, GreenMail, the four services from their {@code quarkus-run.jar} with the demo
 * county loaded, and the portal; it can kill and restart each part so the fault tests can prove recovery. The
 * services record every trace and export it to {@link #traces}, a small OTLP receiver in this JVM (set
 * {@code -De2e.traces=false} to run them as the stack does by default, recording none).
 */
public final class E2eStack {

    static final List<String> SERVICE_JVM = List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:+ExitOnOutOfMemoryError");
    static final List<String> KAFKA_JVM = List.of("-Xms64m", "-Xmx320m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Xss512k", "-Djava.awt.headless=true", "-XX:+ExitOnOutOfMemoryError");
    static final Duration READY = Duration.ofSeconds(240);
    private static E2eStack instance;

    public final Path root;
    public final Path state;
    public final Ports ports;
    public final Map<String, Service> services = new LinkedHashMap<>();
    public final Map<String, Double> startSeconds = new LinkedHashMap<>();
    /** The portal's session cookie key for this run (a restarted portal keeps people signed in). */
    private final String portalSessionKey = newKey();
    private final KafkaBroker broker;
    private final MailServer mailServer;
    /** The collector the services export their traces to; null when tracing is off for this run. */
    public final OtlpReceiver traces = Boolean.parseBoolean(System.getProperty("e2e.traces", "true")) ? new OtlpReceiver() : null;
    private ChildProcess kafka;
    private ChildProcess mail;
    private StackPostgres postgres;

    private E2eStack(Path root, Path state, Ports ports) {
        this.root = root;
        this.state = state;
        this.ports = ports;
        this.broker = new KafkaBroker(state.resolve("kafka"), ports.kafka(), ports.kafkaController());
        this.mailServer = new MailServer(root.resolve("deploy/stack/target/greenmail/greenmail-standalone.jar"),
                ports.smtp(), ports.imap(), ports.mailApi());
        services.put("municipality", new Service("municipality-service", "municipality", ports.municipality()));
        services.put("pool", new Service("pool-service", "pool", ports.pool()));
        services.put("booking", new Service("booking-service", "booking", ports.booking()));
        services.put("notification", new Service("notification-service", "notification", ports.notification()));
        services.put("portal", new Service("deploy/portal", null, ports.portal()));
    }

    /** The stack of this JVM, started on first use and stopped when the JVM exits. */
    public static synchronized E2eStack get() {
        if (instance == null) {
            Path root = Path.of(System.getProperty("e2e.root", "../..")).toAbsolutePath().normalize();
            Path state = Path.of(System.getProperty("e2e.state", "target/e2e-stack")).toAbsolutePath();
            String attach = System.getProperty("e2e.attach");
            if (attach != null) {
                // a developer's shortcut: use a stack that HoldStack keeps running (no fault injection possible)
                instance = new E2eStack(root, Path.of(attach), Ports.read(Path.of(attach).resolve("ports.json")));
                return instance;
            }
            E2eStack stack = new E2eStack(root, state, Ports.allocate());
            Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "e2e-stack-stop"));
            stack.start();
            instance = stack;
        }
        return instance;
    }

    private void start() {
        long t0 = System.nanoTime();
        deleteRecursively(state);
        try {
            Files.createDirectories(state.resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        kafka = broker.start(KAFKA_JVM, log("kafka"));
        mail = mailServer.start(List.of("-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), state,
                log("greenmail"));
        startPostgres();
        postgres.provision(StackPostgres.localLogins());
        broker.awaitReadyAndProvision(kafka, READY);
        mailServer.awaitReady(mail, READY);
        for (Service s : services.values()) {
            copyApp(s.module);
            s.start(this);
        }
        for (Service s : services.values()) {
            startSeconds.put(s.name, s.awaitReady(READY));
            if (s.module.equals("municipality-service")) {
                // as the stack launcher does: the demo regions through the API, before the demo data that refers to them
                System.out.println("Demo regions through PUT /regions: "
                        + new DemoRegions("http://localhost:" + ports.municipality()).create());
            }
            if (s.database != null) {
                DemoData.load(app(s.module).resolve("app"), jdbcUrl(s.database), DatabaseLogins.local(s.database));
            }
        }
        ports.write(state.resolve("ports.json"));
        System.out.printf("E2E stack up in %.1f s (state %s)%n", (System.nanoTime() - t0) / 1e9, state);
    }

    private void startPostgres() {
        postgres = StackPostgres.start(state.resolve("pg"), ports.postgres(), log("postgres"));
    }

    public Path log(String name) {
        return state.resolve("logs").resolve(name + ".log");
    }

    public Service service(String key) {
        return services.get(key);
    }

    /**
     * Starts another instance of a service (same database, broker and settings, a free port of its own), known as
     * {@code <key>-<n>}; the caller waits for it with {@link Service#awaitReady}. Stopped with the stack.
     */
    public synchronized Service startInstance(String key, int n) {
        Service first = services.get(key);
        Service s = new Service(first.module, first.name + "-" + n, first.database, Ports.free());
        services.put(key + "-" + n, s);
        s.start(this);
        return s;
    }

    /** Stops an instance started by {@link #startInstance} (SIGTERM, as a rolling update would) and forgets it. */
    public synchronized void stopInstance(String key, int n) {
        Service s = services.remove(key + "-" + n);
        if (s != null) {
            s.stop();
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + ports.postgres() + "/" + database;
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** Client settings of the broker's administrator (bootstrap servers included), who may read every topic. */
    public Properties kafkaAdmin() {
        return broker.adminClient();
    }

    /** The broker's logins: the administrator's and each service's password. */
    public KafkaLogins kafkaLogins() {
        return broker.logins();
    }

    public String mailApi() {
        return mailServer.apiUrl();
    }

    public long postgresPid() {
        return postgres.postmasterPid().orElse(-1);
    }

    public StackPostgres postgres() {
        return postgres;
    }

    public long kafkaPid() {
        return kafka.pid();
    }

    /** Kills the broker JVM with SIGKILL (no clean shutdown). */
    public void killBroker() {
        kill(kafka.pid());
    }

    /** Starts the broker again on the same data and waits until it accepts connections. */
    public void restartBroker() {
        kafka = broker.start(KAFKA_JVM, log("kafka"));
        broker.awaitReadyAndProvision(kafka, READY);
    }

    /** Stops PostgreSQL (fast shutdown, every connection dropped) and starts it again on the same data. */
    public void restartPostgres() {
        postgres.close();
        startPostgres();
    }

    static void kill(long pid) {
        ProcessHandle.of(pid).ifPresent(p -> {
            p.destroyForcibly();
            p.onExit().join();
        });
    }

    synchronized void stop() {
        services.values().parallelStream().forEach(Service::stop);
        if (mail != null) {
            mail.stop(5);
        }
        if (traces != null) {
            traces.close();
        }
        if (kafka != null) {
            kafka.stop(15);
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    /** The service's own copy of its built application, which a rebuild of the module cannot change under it. */
    public Path app(String module) {
        return state.resolve("apps").resolve(module);
    }

    private void copyApp(String module) {
        Path source = root.resolve(module + "/target/quarkus-app");
        if (!Files.isRegularFile(source.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(source + "/quarkus-run.jar is missing: build the services first");
        }
        Path target = app(module);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Path t = target.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + source, e);
        }
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    /** The portal talks to this stack's services, on plain http, with a session key of this run. */
    private List<String> portalArguments() {
        return List.of("-Dquarkus.rest-client.municipality.url=http://localhost:" + ports.municipality(),
                "-Dquarkus.rest-client.pool.url=http://localhost:" + ports.pool(),
                "-Dquarkus.rest-client.booking.url=http://localhost:" + ports.booking(),
                "-Dquarkus.rest-client.notification.url=http://localhost:" + ports.notification(),
                "-Dportal.session.encryption-key=" + portalSessionKey,
                "-Dportal.session.secure-cookie=false");
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + dir, e);
        }
    }

    /** The portal's session cookie key of this run (tests open a cookie to prove what it holds). */
    public String portalSessionKey() {
        return portalSessionKey;
    }

    /** The portal's address in this stack. */
    public String portalUrl() {
        return "http://localhost:" + ports.portal();
    }

    /** The JVM arguments of a service: lean memory, every address pointed at this stack's ports, the jar. */
    List<String> jvmArguments(Service s) {
        List<String> args = new ArrayList<>(SERVICE_JVM);
        args.add("-Dquarkus.http.host=localhost");
        args.add("-Dquarkus.http.port=" + s.port);
        if (s.database == null) {
            args.addAll(portalArguments());
            args.add("-jar");
            args.add(app(s.module).resolve("quarkus-run.jar").toString());
            return args;
        }
        args.add("-Dquarkus.datasource.jdbc.url=" + jdbcUrl(s.database));
        StackService.databaseSettings(DatabaseLogins.local(s.database)).forEach((k, v) -> args.add("-D" + k + "=" + v));
        args.add("-Dkafka.bootstrap.servers=" + bootstrapServers());
        broker.logins().serviceSettings(s.module).forEach((k, v) -> args.add("-D" + k + "=" + v));
        if (traces != null) { // every trace recorded and sent to this JVM's receiver, in batches twice a second
            args.add("-Dquarkus.otel.traces.sampler.arg=1.0");
            args.add("-Dquarkus.otel.exporter.otlp.traces.endpoint=" + traces.endpoint());
            args.add("-Dquarkus.otel.bsp.schedule.delay=PT0.5S");
        }
        args.add("-Dmp.jwt.verify.publickey.location=http://localhost:" + ports.municipality()
                + "/.well-known/jwks.json");
        if (s.module.equals("municipality-service")) {
            StackService.MUNICIPALITY.forEach((k, v) -> args.add("-D" + k + "=" + v));
        }
        if (s.module.equals("booking-service")) {
            // bookings may be recorded up to 500 days back, so the journey can use last year and close it now
            args.add("-Dbooking.max-backdating=P500D");
            // held waitlist slots are checked for expiry every 2 s, so the recovery journey sees a hold pass on quickly
            args.add("-Dbooking.waitlist.expiry-interval=2s");
        }
        if (s.module.equals("notification-service")) {
            args.add("-Dquarkus.mailer.host=localhost");
            args.add("-Dquarkus.mailer.port=" + ports.smtp());
            // an e-mail or webhook in the hands of a killed instance goes out from another after 25 s, not 2 minutes
            args.add("-Dnotification.mail.lease=PT25S");
            args.add("-Dnotification.webhooks.lease=PT25S");
            args.add("-Dquarkus.profile=local"); // webhooks may reach receivers on this machine (refused in prod)
        }
        args.add("-jar");
        args.add(app(s.module).resolve("quarkus-run.jar").toString());
        return args;
    }
}
