package de.dienstleistungspool.notification.support;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helpers for reading what GreenMail received.
 */
public final class Mails {

    private Mails() {
    }

    /** One entry per sent message: GreenMail stores a copy per recipient, merged here by Message-ID. */
    public static List<MimeMessage> distinct(MimeMessage[] received) {
        Map<String, MimeMessage> byId = new LinkedHashMap<>();
        for (MimeMessage m : received) {
            try {
                byId.putIfAbsent(m.getMessageID(), m);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return new ArrayList<>(byId.values());
    }
}
