package de.dienstleistungspool.e2e.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** The e-mails GreenMail received, read through its HTTP API. */
public final class Mailbox {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final E2eStack stack;

    public Mailbox(E2eStack stack) {
        this.stack = stack;
    }

    /** Subject and raw MIME text of every message in the address's inbox (empty if it has none). */
    public List<String[]> messages(String address) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(stack.mailApi() + "/api/user/"
                    + address + "/messages/INBOX")).build(), HttpResponse.BodyHandlers.ofString());
            List<String[]> out = new ArrayList<>();
            if (r.statusCode() != 200) {
                return out;
            }
            for (JsonNode m : Api.JSON.readTree(r.body())) {
                out.add(new String[] {m.path("subject").asText(), m.path("mimeMessage").asText()});
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every address that received mail. */
    public List<String> users() {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(stack.mailApi() + "/api/user"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            List<String> out = new ArrayList<>();
            for (JsonNode u : Api.JSON.readTree(r.body())) {
                out.add(u.path("email").asText());
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many received messages (over all inboxes) mention the text, e.g. a booking id. */
    public long mentioning(String text) {
        return users().stream().flatMap(u -> messages(u).stream()).filter(m -> m[1].contains(text)).count();
    }
}
