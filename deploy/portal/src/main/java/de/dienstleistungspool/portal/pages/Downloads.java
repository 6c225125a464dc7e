package de.dienstleistungspool.portal.pages;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Hands a document a service produced (statement as CSV or PDF, XRechnung) to the browser as it came: the service's
 * bytes and content type, and its file name if it is a plain one, else the portal's fallback name.
 */
final class Downloads {

    private static final Pattern FILE_NAME = Pattern.compile("filename=\"?([A-Za-z0-9._-]{1,120})\"?");

    private Downloads() {
    }

    static Response of(RestResponse<byte[]> answer, String fallbackName) {
        String disposition = answer.getHeaderString(HttpHeaders.CONTENT_DISPOSITION);
        Matcher m = FILE_NAME.matcher(disposition == null ? "" : disposition);
        String name = m.find() ? m.group(1) : fallbackName;
        MediaType type = answer.getMediaType() == null ? MediaType.APPLICATION_OCTET_STREAM_TYPE : answer.getMediaType();
        byte[] body = answer.getEntity() == null ? new byte[0] : answer.getEntity();
        return Response.ok(body, type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .header(HttpHeaders.CONTENT_LENGTH, body.length)
                .build();
    }
}
