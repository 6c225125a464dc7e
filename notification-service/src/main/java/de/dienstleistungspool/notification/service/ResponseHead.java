package de.dienstleistungspool.notification.service;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads what a webhook answer's status line and headers say: the status and, for 429 and 503, Retry-After. */
final class ResponseHead {

    private ResponseHead() {
    }

    static WebhookPost.Outcome parse(String head) {
        String[] lines = head.split("\r?\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/1.") || !statusLine[1].matches("[1-5][0-9][0-9]")) {
            return WebhookPost.Outcome.failed(AttemptFailure.INVALID_RESPONSE);
        }
        int status = Integer.parseInt(statusLine[1]);
        Duration retryAfter = null;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0 && lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("retry-after")) {
                retryAfter = retryAfter(lines[i].substring(colon + 1).trim(), Instant.now());
            }
        }
        return new WebhookPost.Outcome(status, null, retryAfter);
    }

    /** Delta-seconds or an HTTP date (RFC 9110); anything else is ignored. */
    static Duration retryAfter(String value, Instant now) {
        if (value.matches("[0-9]{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            Duration d = Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
