package de.dienstleistungspool.stack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mail sent to the stack's SMTP server can be read back through GreenMail's HTTP API. */
class MailServerTest {

    @TempDir
    Path dir;

    @Test
    void mailSentOverSmtpIsListedByTheHttpApi() throws Exception {
        int smtp = Ports.free();
        MailServer server = new MailServer(Path.of("target/greenmail/greenmail-standalone.jar"), smtp, Ports.free(),
                Ports.free());
        ChildProcess mail = server.start(StackLauncher.MAIL_JVM, dir, dir.resolve("greenmail.log"));
        try {
            server.awaitReady(mail, Duration.ofSeconds(60));
            send(smtp, "pool@wmk.example", "bauhof@eschwege.example", "Buchungsanfrage Kanal-TV-Kamera");

            HttpResponse<String> inbox = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.apiUrl() + "/api/user/bauhof@eschwege.example/messages/INBOX")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(inbox.statusCode() == 200 && inbox.body().contains("Buchungsanfrage Kanal-TV-Kamera"),
                    inbox.statusCode() + " " + inbox.body());
        } finally {
            mail.stop(10);
        }
    }

    /** A minimal SMTP conversation (RFC 5321), checking each reply code. */
    private static void send(int port, String from, String to, String subject) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port);
                var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                var out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8)) {
            expect(in, "220");
            for (String[] step : new String[][] {{"HELO test", "250"}, {"MAIL FROM:<" + from + ">", "250"},
                    {"RCPT TO:<" + to + ">", "250"}, {"DATA", "354"},
                    {"Subject: " + subject + "\r\nFrom: " + from + "\r\nTo: " + to + "\r\n\r\nHallo\r\n.", "250"},
                    {"QUIT", "221"}}) {
                out.print(step[0] + "\r\n");
                out.flush();
                expect(in, step[1]);
            }
        }
    }

    private static void expect(BufferedReader in, String code) throws Exception {
        String line;
        do {
            line = in.readLine();
        } while (line != null && line.length() > 3 && line.charAt(3) == '-');
        if (line == null || !line.startsWith(code)) {
            throw new AssertionError("expected " + code + " but got " + line);
        }
    }
}
