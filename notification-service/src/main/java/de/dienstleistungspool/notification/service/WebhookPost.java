package de.dienstleistungspool.notification.service;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;

import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One HTTP/1.1 POST of a webhook to an already checked address: the connection goes to that address (no second name
 * lookup, so DNS rebinding cannot redirect it), TLS verifies the certificate against the URL's host name, redirects
 * are not followed, only the status line and headers are read (up to a cap), and the whole attempt ends at a hard
 * deadline however slowly the receiver trickles.
 */
public class WebhookPost {

    /** What one attempt came to: an HTTP status, or the failure category, and a receiver's Retry-After if any. */
    public record Outcome(Integer status, AttemptFailure failure, Duration retryAfter) {
        static Outcome failed(AttemptFailure failure) {
            return new Outcome(null, failure, null);
        }
    }

    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "webhook-deadlines");
        t.setDaemon(true);
        return t;
    });

    private final SSLContext tls;
    private final Duration connectTimeout;
    private final int maxHeaderBytes;

    public WebhookPost(SSLContext tls, Duration connectTimeout, int maxHeaderBytes) {
        this.tls = tls;
        this.connectTimeout = connectTimeout;
        this.maxHeaderBytes = maxHeaderBytes;
    }

    /** POSTs {@code body} with {@code headers}; never throws, never takes longer than {@code deadline}. */
    public Outcome post(WebhookTarget target, Map<String, String> headers, byte[] body, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        AtomicReference<Socket> current = new AtomicReference<>();
        ScheduledFuture<?> stop = DEADLINES.schedule(() -> closeQuietly(current.get()), deadline.toMillis(), TimeUnit.MILLISECONDS);
        try {
            Socket socket = connect(current, target.addresses(), target.port(), end);
            Socket channel = target.https() ? handshake(socket, target, end) : socket;
            OutputStream out = channel.getOutputStream();
            out.write(requestHead(target, headers, body.length));
            out.write(body);
            out.flush();
            return readHead(channel, end);
        } catch (SocketTimeoutException e) {
            return Outcome.failed(AttemptFailure.TIMEOUT);
        } catch (SSLException e) {
            return Outcome.failed(System.nanoTime() >= end ? AttemptFailure.TIMEOUT : AttemptFailure.TLS);
        } catch (ConnectException e) {
            return Outcome.failed(System.nanoTime() >= end ? AttemptFailure.TIMEOUT : AttemptFailure.REFUSED);
        } catch (NoRouteToHostException e) {
            return Outcome.failed(AttemptFailure.UNREACHABLE);
        } catch (IOException e) {
            return Outcome.failed(System.nanoTime() >= end ? AttemptFailure.TIMEOUT
                    : e instanceof SocketException ? AttemptFailure.CONNECTION_RESET : AttemptFailure.INVALID_RESPONSE);
        } finally {
            stop.cancel(false);
            closeQuietly(current.get());
        }
    }

    /** Connects to the first of the checked addresses that answers, each try bounded by the connect timeout. */
    private Socket connect(AtomicReference<Socket> current, List<InetAddress> addresses, int port, long end) throws IOException {
        IOException last = new ConnectException("no address");
        for (InetAddress address : addresses) {
            long left = remainingMillis(end);
            if (left <= 0) {
                throw new SocketTimeoutException("deadline");
            }
            Socket socket = new Socket();
            current.set(socket);
            try {
                socket.connect(new InetSocketAddress(address, port), (int) Math.max(1, Math.min(connectTimeout.toMillis(), left)));
                return socket;
            } catch (IOException e) {
                last = e;
                closeQuietly(socket);
            }
        }
        throw last;
    }

    private Socket handshake(Socket socket, WebhookTarget target, long end) throws IOException {
        SSLSocket ssl = (SSLSocket) tls.getSocketFactory().createSocket(socket, target.host(), target.port(), true);
        SSLParameters parameters = ssl.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the URL's host
        if (!isIpLiteral(target.host())) {
            parameters.setServerNames(List.of(new SNIHostName(target.host())));
        }
        ssl.setSSLParameters(parameters);
        ssl.setSoTimeout((int) Math.max(1, remainingMillis(end)));
        ssl.startHandshake();
        return ssl;
    }

    private static byte[] requestHead(WebhookTarget target, Map<String, String> headers, int length) {
        StringBuilder head = new StringBuilder("POST ").append(target.target()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(target.hostHeader()).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(length).append("\r\nConnection: close\r\n\r\n");
        return head.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads the status line and headers, at most {@code maxHeaderBytes}, each read bounded by the time left. */
    private Outcome readHead(Socket channel, long end) throws IOException {
        InputStream in = new BufferedInputStream(channel.getInputStream(), 1024);
        byte[] head = new byte[maxHeaderBytes];
        int length = 0;
        while (!endsWithBlankLine(head, length)) {
            long left = remainingMillis(end);
            if (left <= 0) {
                return Outcome.failed(AttemptFailure.TIMEOUT);
            }
            channel.setSoTimeout((int) left);
            int b = in.read();
            if (b < 0 || length == head.length) {
                return Outcome.failed(AttemptFailure.INVALID_RESPONSE);
            }
            head[length++] = (byte) b;
        }
        return ResponseHead.parse(new String(head, 0, length, StandardCharsets.ISO_8859_1));
    }

    private static boolean endsWithBlankLine(byte[] b, int n) {
        return (n >= 2 && b[n - 1] == '\n' && b[n - 2] == '\n') || (n >= 3 && b[n - 1] == '\n' && b[n - 2] == '\r' && b[n - 3] == '\n');
    }

    private static long remainingMillis(long end) {
        return (end - System.nanoTime()) / 1_000_000;
    }

    private static boolean isIpLiteral(String host) {
        return host.indexOf(':') >= 0 || host.matches("[0-9.]+");
    }

    private static void closeQuietly(Socket socket) {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all that is left to do
        }
    }
}
