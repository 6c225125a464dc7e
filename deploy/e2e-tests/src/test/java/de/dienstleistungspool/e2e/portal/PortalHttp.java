package de.dienstleistungspool.e2e.portal;

import com.fasterxml.jackson.databind.JsonNode;
import de.dienstleistungspool.e2e.stack.Api;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Requests to the portal outside the browser, with cookies copied from it: what an attacker holding a copy of a
 * cookie, or a forged form, can do. Also opens a session cookie with the stack's key to show what it carries.
 */
final class PortalHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private PortalHttp() {
    }

    static HttpResponse<String> get(String url, String cookies) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).GET().build());
    }

    /** A download (statement, invoice) as bytes. */
    static HttpResponse<byte[]> download(String url, String cookies) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static HttpResponse<String> postForm(String url, String cookies, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The JSON a session cookie seals (AES-256-GCM, nonce first, cookie name as associated data). */
    static JsonNode open(String cookieValue, String base64Key) {
        try {
            byte[] in = Base64.getUrlDecoder().decode(cookieValue);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(base64Key), "AES"),
                    new GCMParameterSpec(128, in, 0, 12));
            cipher.updateAAD("dlp_session".getBytes(StandardCharsets.US_ASCII));
            return Api.JSON.readTree(cipher.doFinal(in, 12, in.length - 12));
        } catch (GeneralSecurityException | IOException e) {
            throw new AssertionError("the session cookie does not open with the stack's key", e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
