package de.dienstleistungspool.stack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GreenMail standalone in its own JVM: an SMTP server the notification service sends to, an IMAP server a mail
 * client can read from, and GreenMail's HTTP API to list what arrived, all on localhost and in memory.
 */
public final class MailServer {

    private final Path jar;
    private final int smtpPort;
    private final int imapPort;
    private final int apiPort;

    public MailServer(Path jar, int smtpPort, int imapPort, int apiPort) {
        this.jar = jar;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.apiPort = apiPort;
    }

    /** Starts the mail server JVM without waiting for it. */
    public ChildProcess start(List<String> jvmOptions, Path workDir, Path log) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build deploy/stack first (./mvnw -DskipTests install)");
        }
        List<String> args = new ArrayList<>(jvmOptions);
        args.addAll(List.of(
                "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtpPort,
                "-Dgreenmail.imap.hostname=127.0.0.1", "-Dgreenmail.imap.port=" + imapPort,
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + apiPort,
                // any recipient gets a mailbox on first delivery; IMAP accepts any password
                "-Dgreenmail.auth.disabled",
                "-jar", jar.toAbsolutePath().toString()));
        return ChildProcess.startJava("greenmail", args, Map.of(), workDir, log);
    }

    public String apiUrl() {
        return "http://localhost:" + apiPort;
    }

    /** Waits until GreenMail's readiness endpoint answers 200; fails if the JVM dies or the time runs out. */
    public void awaitReady(ChildProcess mail, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(apiUrl() + "/api/service/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            mail.requireAlive();
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("GreenMail was not ready within " + timeout + "; see " + mail.log());
            }
            KafkaBroker.sleep(200);
        }
    }
}
