package de.dienstleistungspool.municipality.settlement.service;

import de.dienstleistungspool.platform.text.ControlCharacters;

/**
 * The rules for a client's own reference (order number or cost centre) arriving with a booking event: one line of at
 * most 64 characters, as booking-service accepts it, because it ends up in CSV cells and XRechnung fields.
 */
final class ClientReference {

    static final int MAX_LENGTH = 64;

    private ClientReference() {
    }

    /** Whether the text (null allowed) may stand on a ledger line. */
    static boolean acceptable(String text) {
        return text == null || (text.length() <= MAX_LENGTH && !ControlCharacters.containsAny(text));
    }

    /** The text stripped, or null if it is absent or blank. */
    static String normalized(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
