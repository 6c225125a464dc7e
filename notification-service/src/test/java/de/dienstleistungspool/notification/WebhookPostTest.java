package de.dienstleistungspool.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.notification.service.AttemptFailure;
import de.dienstleistungspool.notification.service.WebhookPost;
import de.dienstleistungspool.notification.service.WebhookTarget;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One webhook POST against real sockets on 127.0.0.1: it connects to the checked address without looking the name up
 * again, verifies the certificate against the URL's name, and ends at its deadline however slowly the answer trickles.
 */
class WebhookPostTest {

    private static final char[] PASSWORD = "changeit".toCharArray();
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @TempDir
    static Path dir;
    static SSLContext receiverTls;
    static SSLContext senderTls;

    @BeforeAll
    static void certificateForReceiverTest() throws Exception {
        Path store = dir.resolve("receiver.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "receiver", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=receiver.test",
                "-ext", "SAN=dns:receiver.test", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit").inheritIO().start();
        assertEquals(0, keytool.waitFor());
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(store.toFile())) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory km = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        km.init(keys, PASSWORD);
        receiverTls = SSLContext.getInstance("TLS");
        receiverTls.init(km.getKeyManagers(), null, null);
        TrustManagerFactory tm = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tm.init(keys); // the sender trusts the receiver's self-signed certificate, as it would a CA's
        senderTls = SSLContext.getInstance("TLS");
        senderTls.init(null, tm.getTrustManagers(), null);
    }

    @Test
    void theConnectionGoesToTheCheckedAddressNotToANewLookupOfTheName() throws Exception {
        AtomicReference<String> hostHeader = new AtomicReference<>();
        try (ServerSocket server = new ServerSocket(0, 5, LOOPBACK)) {
            serveOnce(server, (socket) -> answer(socket, "HTTP/1.1 204 No Content\r\n\r\n", hostHeader));
            // "rebound.invalid" resolves nowhere: any second lookup would fail, so a 204 proves there was none
            WebhookPost.Outcome outcome = post(new WebhookTarget(false, "rebound.invalid", server.getLocalPort(), "/hook?x=1", List.of(LOOPBACK)),
                    SSLContext.getDefault(), Duration.ofSeconds(5));
            assertEquals(204, outcome.status());
            assertEquals("rebound.invalid:" + server.getLocalPort(), hostHeader.get());
        }
    }

    @Test
    void tlsChecksTheCertificateAgainstTheUrlsNameNotTheAddress() throws Exception {
        try (SSLServerSocket server = (SSLServerSocket) receiverTls.getServerSocketFactory().createServerSocket(0, 5, LOOPBACK)) {
            serveOnce(server, (socket) -> answer(socket, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", new AtomicReference<>()));
            assertEquals(200, post(new WebhookTarget(true, "receiver.test", server.getLocalPort(), "/", List.of(LOOPBACK)),
                    senderTls, Duration.ofSeconds(5)).status());

            serveOnce(server, (socket) -> answer(socket, "HTTP/1.1 200 OK\r\n\r\n", new AtomicReference<>()));
            WebhookPost.Outcome wrongName = post(new WebhookTarget(true, "other.test", server.getLocalPort(), "/", List.of(LOOPBACK)),
                    senderTls, Duration.ofSeconds(5));
            assertNull(wrongName.status());
            assertEquals(AttemptFailure.TLS, wrongName.failure());
        }
    }

    @Test
    void headersTrickledByteByByteEndAtTheDeadline() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, LOOPBACK)) {
            serveOnce(server, (socket) -> {
                try {
                    readRequest(socket);
                    OutputStream out = socket.getOutputStream();
                    for (byte b : "HTTP/1.1 200 OK\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII)) {
                        out.write(b);
                        out.flush();
                        Thread.sleep(300);
                    }
                } catch (IOException | InterruptedException ignored) {
                    // the sender hung up at its deadline
                }
            });
            long started = System.nanoTime();
            WebhookPost.Outcome outcome = post(new WebhookTarget(false, "127.0.0.1", server.getLocalPort(), "/", List.of(LOOPBACK)),
                    SSLContext.getDefault(), Duration.ofSeconds(2));
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(AttemptFailure.TIMEOUT, outcome.failure());
            assertTrue(millis >= 1_900 && millis < 3_000, "ended at the 2 s deadline: " + millis + " ms");
        }
    }

    @Test
    void anOversizedOrMalformedAnswerIsAnInvalidResponseAndRetryAfterIsRead() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, LOOPBACK)) {
            WebhookTarget target = new WebhookTarget(false, "127.0.0.1", server.getLocalPort(), "/", List.of(LOOPBACK));
            serveOnce(server, (socket) -> answer(socket, "HTTP/1.1 200 OK\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n", new AtomicReference<>()));
            assertEquals(AttemptFailure.INVALID_RESPONSE, post(target, SSLContext.getDefault(), Duration.ofSeconds(5)).failure());
            serveOnce(server, (socket) -> answer(socket, "SSH-2.0-OpenSSH\r\n\r\n", new AtomicReference<>()));
            assertEquals(AttemptFailure.INVALID_RESPONSE, post(target, SSLContext.getDefault(), Duration.ofSeconds(5)).failure());
            serveOnce(server, (socket) -> answer(socket, "HTTP/1.1 429 Too Many Requests\r\nretry-after: 120\r\n\r\n", new AtomicReference<>()));
            WebhookPost.Outcome busy = post(target, SSLContext.getDefault(), Duration.ofSeconds(5));
            assertEquals(429, busy.status());
            assertEquals(Duration.ofSeconds(120), busy.retryAfter());
        }
    }

    private static WebhookPost.Outcome post(WebhookTarget target, SSLContext tls, Duration deadline) {
        return new WebhookPost(tls, Duration.ofSeconds(2), 16_384).post(target, Map.of("Content-Type", "application/json"),
                "{\"eventType\":\"BookingConfirmed\"}".getBytes(StandardCharsets.UTF_8), deadline);
    }

    private static void serveOnce(ServerSocket server, Consumer<Socket> handler) {
        Thread t = new Thread(() -> {
            try (Socket socket = server.accept()) {
                handler.accept(socket);
            } catch (IOException ignored) {
                // the test is over
            }
        });
        t.setDaemon(true);
        t.start();
    }

    private static void answer(Socket socket, String response, AtomicReference<String> hostHeader) {
        try {
            String head = readRequest(socket);
            for (String line : head.split("\r\n")) {
                if (line.regionMatches(true, 0, "Host:", 0, 5)) {
                    hostHeader.set(line.substring(5).trim());
                }
            }
            socket.getOutputStream().write(response.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        } catch (IOException ignored) {
            // the sender may close first (the TLS failure case)
        }
    }

    private static String readRequest(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        String lower = head.toString().toLowerCase(java.util.Locale.ROOT);
        int at = lower.indexOf("content-length:");
        if (at >= 0) {
            in.readNBytes(Integer.parseInt(lower.substring(at + 15, lower.indexOf('\r', at)).trim()));
        }
        return head.toString();
    }
}
