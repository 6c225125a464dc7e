package de.dienstleistungspool.notification.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A misbehaving receiver on 127.0.0.1 over a plain socket: it reads each request, then either sends its headers and
 * trickles the body one byte every five seconds, or never answers at all. Counts requests and the most it held at once.
 */
public final class SlowReceiver implements AutoCloseable {

    /** What the receiver does after reading a request. */
    public enum Behaviour { TRICKLE_BODY, NEVER_ANSWER }

    private final ServerSocket server;
    private final Behaviour behaviour;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "slow-receiver");
        t.setDaemon(true);
        return t;
    });
    private final List<Instant> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger mostOpen = new AtomicInteger();

    public SlowReceiver(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        connections.submit(this::acceptLoop);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/hook";
    }

    /** When each request was read completely. */
    public List<Instant> requests() {
        return List.copyOf(requests);
    }

    /** The most connections this receiver held open at the same time. */
    public int mostOpenAtOnce() {
        return mostOpen.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.submit(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
        try (socket) {
            readRequest(socket.getInputStream());
            requests.add(Instant.now());
            OutputStream out = socket.getOutputStream();
            if (behaviour == Behaviour.TRICKLE_BODY) {
                out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                for (int i = 0; i < 100 && !server.isClosed(); i++) {
                    Thread.sleep(5_000);
                    out.write('x');
                    out.flush();
                }
            } else {
                while (!server.isClosed() && socket.getInputStream().read() >= 0) {
                    // hold the connection until the sender gives up
                }
            }
        } catch (IOException | InterruptedException e) {
            // the sender closed the connection: the point of these receivers
        } finally {
            open.decrementAndGet();
        }
    }

    private static void readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            String text = head.toString(StandardCharsets.ISO_8859_1);
            if (text.endsWith("\r\n\r\n")) {
                String lower = text.toLowerCase(java.util.Locale.ROOT);
                int at = lower.indexOf("content-length:");
                int length = at < 0 ? 0 : Integer.parseInt(lower.substring(at + 15, lower.indexOf('\r', at)).trim());
                in.readNBytes(length);
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.shutdownNow();
    }
}
