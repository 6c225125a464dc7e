package de.dienstleistungspool.e2e.stack;

import de.dienstleistungspool.stack.ChildProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * One of the four services, or the portal, as a child JVM of the e2e stack, which a fault test may kill and start
 * again.
 */
public final class Service {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

    public final String module;
    /** The module's last path segment ({@code portal} for {@code deploy/portal}): its log and its key. */
    public final String name;
    public final String database;
    public final int port;
    private E2eStack stack;
    private volatile ChildProcess process;
    private volatile long startedNanos;

    Service(String module, String database, int port) {
        this(module, module.substring(module.lastIndexOf('/') + 1), database, port);
    }

    /** An instance with a name of its own (its log), e.g. a second instance of a service beside the first. */
    Service(String module, String name, String database, int port) {
        this.module = module;
        this.name = name;
        this.database = database;
        this.port = port;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    void start(E2eStack owner) {
        this.stack = owner;
        startedNanos = System.nanoTime();
        process = ChildProcess.startJava(module, owner.jvmArguments(this), Map.of(), owner.root, owner.log(name));
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no graceful drain of in-flight requests or consumers. */
    public void kill() {
        E2eStack.kill(process.pid());
    }

    /** Starts the service again and waits until it is ready; returns the seconds it took. */
    public double restart() {
        start(stack);
        return awaitReady(E2eStack.READY);
    }

    /** Waits for {@code /q/health/ready} to answer 200; returns the seconds since this process was started. */
    public double awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url("/q/health/ready")))
                .timeout(Duration.ofSeconds(2)).build();
        while (true) {
            process.requireAlive();
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - startedNanos) / 1e9;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " not ready within " + timeout + ":\n" + process.tail(40));
            }
            sleep(200);
        }
    }

    void stop() {
        if (process != null) {
            process.stop(10);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
