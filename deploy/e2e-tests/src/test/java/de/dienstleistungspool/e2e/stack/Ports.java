package de.dienstleistungspool.e2e.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Free local ports for one stack, so the e2e run never collides with a developer's {@code deploy/stack.sh} on the
 * standard ports or with another build on the same machine.
 */
public record Ports(int postgres, int kafka, int kafkaController, int smtp, int imap, int mailApi, int municipality,
        int pool, int booking, int notification, int portal) {

    static Ports read(java.nio.file.Path file) {
        try {
            return Api.JSON.readValue(file.toFile(), Ports.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(java.nio.file.Path file) {
        try {
            Api.JSON.writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One free port, e.g. for another instance of a service. */
    static int free() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Ports allocate() {
        List<ServerSocket> held = new ArrayList<>();
        try {
            int[] p = new int[11];
            for (int i = 0; i < p.length; i++) {
                ServerSocket s = new ServerSocket(0);
                held.add(s);
                p[i] = s.getLocalPort();
            }
            return new Ports(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket s : held) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }
}
