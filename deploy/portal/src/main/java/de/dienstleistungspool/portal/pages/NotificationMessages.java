package de.dienstleistungspool.portal.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the Benachrichtigungen pages (feed, settings, webhooks), German first, in their own bundle like
 * {@link AdminMessages}. Templates use {@code {ntf:key}}, Java code injects this bundle.
 */
@MessageBundle(value = "ntf", locale = "de")
public interface NotificationMessages {

    @Message("Benachrichtigungen")
    String feed_title();

    @Message("Was der Dienstleistungspool {member} mitgeteilt hat, das Neueste zuerst: E-Mails mit Betreff, Empfängern und Stand.")
    String feed_intro(String member);

    @Message("Benachrichtigungen: {n}")
    String feed_count(long n);

    @Message("Benachrichtigungen Ihres Mitglieds")
    String feed_caption();

    @Message("Anlass")
    String feed_type();

    @Message("Betreff")
    String feed_subject();

    @Message("Empfänger")
    String feed_recipients();

    @Message("Stand")
    String feed_status();

    @Message("Zeit")
    String feed_time();

    @Message("Neuere")
    String feed_newer();

    @Message("Ältere")
    String feed_older();

    @Message("Einstellungen für E-Mails")
    String settings_link();

    @Message("Webhooks für Ihre Software")
    String webhooks_link();

    @Message("{#when type}{#is 'BookingRequested'}Neue Anfrage{#is 'BookingConfirmed'}Anfrage bestätigt{#is 'BookingRejected'}Anfrage abgelehnt{#is 'BookingCancelled'}Buchung storniert{#is 'BookingStarted'}Ausgabe / Beginn{#is 'BookingCompleted'}Rückgabe / Abschluss{#is 'BookingNoShow'}Nicht in Anspruch genommen{#is 'BookingStartsSoon'}Erinnerung: Beginn steht bevor{#is 'BookingReturnOverdue'}Erinnerung: Rückgabe überfällig{#is 'RatesMissing'}Warnung: Verrechnungssätze fehlen{#is 'BillingDetailsChanged'}Rechnungsangaben geändert{#is 'BookingWithdrawn'}Buchung zurückgezogen{#is 'BookingHeld'}Zeitraum aus der Warteliste reserviert{#is 'BookingHoldExpired'}Reservierung abgelaufen{#is 'BookingExtensionRequested'}Verlängerung angefragt{#is 'BookingExtensionRejected'}Verlängerung abgelehnt{#is 'BookingExtended'}Buchung verlängert{#is 'EmergencyAlert'}Notfalleinsatz{#is 'OfferCreated'}Angebot eingestellt{#is 'OfferChanged'}Angebot geändert{#is 'OfferPaused'}Angebot pausiert{#is 'OfferResumed'}Angebot wieder buchbar{#is 'OfferRetired'}Angebot zurückgezogen{#is 'BlackoutAdded'}Sperrzeit eingetragen{#is 'BlackoutRemoved'}Sperrzeit aufgehoben{#is 'StatementReady'}Abrechnung bereit{#is 'InvoiceIssued'}Rechnung ausgestellt{#is 'YearClosed'}Abrechnungsjahr abgeschlossen{#else}{type}{/when}")
    String type(String type);

    @Message("{#when status}{#is 'SENT'}gesendet{#is 'PENDING'}wird gesendet{#is 'FAILED'}fehlgeschlagen{#is 'DISABLED'}abgeschaltet{#is 'NO_RECIPIENT'}kein Empfänger{#else}{status}{/when}")
    String status(String status);

    @Message("{#when status}{#is 'DELIVERED'}zugestellt{#is 'PENDING'}wird zugestellt{#is 'FAILED'}fehlgeschlagen{#else}{status}{/when}")
    String delivery_status(String status);

    @Message("Benachrichtigung: {subject}")
    String detail_title(String subject);

    @Message("Versuche")
    String detail_attempts();

    @Message("Fehler")
    String detail_error();

    @Message("Gesendet")
    String detail_sent();

    @Message("Zur Buchung")
    String detail_booking();

    @Message("Text der E-Mail")
    String detail_body();

    @Message("Einstellungen für E-Mails")
    String settings_title();

    @Message("Für jeden Anlass: ob eine E-Mail verschickt wird, an welche Rollen Ihres Mitglieds und an welche weiteren Adressen (z. B. eine Leitwarte). Ohne eigene Einstellung gilt der Standard.")
    String settings_intro();

    @Message("Die Einstellung für „{name}“ ist gespeichert.")
    String settings_saved(String name);

    @Message("E-Mail verschicken")
    String settings_email();

    @Message("An diese Rollen")
    String settings_roles();

    @Message("Weitere Adressen (eine je Zeile)")
    String settings_addresses();

    @Message("Speichern")
    String settings_save();

    @Message("Standard wiederherstellen")
    String settings_reset();

    @Message("eigene Einstellung")
    String settings_custom();

    @Message("Standard")
    String settings_default();

    @Message("Webhooks")
    String webhooks_title();

    @Message("Ein Webhook meldet Ereignisse Ihrer Buchungen sofort an Ihre eigene Software (z. B. die Leitwarte), signiert mit einem Schlüssel, den nur Sie kennen.")
    String webhooks_intro();

    @Message("Noch keine Webhooks.")
    String webhooks_none();

    @Message("Webhooks Ihres Mitglieds")
    String webhooks_caption();

    @Message("Adresse")
    String webhooks_url();

    @Message("Ereignisse")
    String webhooks_events();

    @Message("Beschreibung")
    String webhooks_description();

    @Message("aktiv")
    String webhooks_active();

    @Message("pausiert")
    String webhooks_paused();

    @Message("Neuen Webhook anlegen")
    String webhooks_new();

    @Message("Adresse (https://…)")
    String webhooks_url_label();

    @Message("Webhook anlegen")
    String webhooks_register();

    @Message("Zustellungen ansehen")
    String webhooks_open();

    @Message("Der Webhook ist angelegt")
    String registered_title();

    @Message("Ereignisse gehen ab jetzt an {url}.")
    String registered_intro(String url);

    @Message("Signaturschlüssel")
    String registered_secret();

    @Message("Der Schlüssel wird nur jetzt angezeigt. Hinterlegen Sie ihn in Ihrer Software; mit ihm prüft sie die Signatur jeder Zustellung (Kopfzeile Webhook-Signature).")
    String registered_once();

    @Message("Zu den Zustellungen")
    String registered_open();

    @Message("Webhook: {url}")
    String endpoint_title(String url);

    @Message("Zustellungen")
    String endpoint_deliveries();

    @Message("Zustellungen: {n}")
    String endpoint_count(long n);

    @Message("Zustellungen an diesen Webhook")
    String endpoint_caption();

    @Message("Ereignis")
    String endpoint_event();

    @Message("Erneut senden")
    String endpoint_resend();

    @Message("Pausieren")
    String endpoint_pause();

    @Message("Wieder aktivieren")
    String endpoint_activate();

    @Message("Webhook entfernen")
    String endpoint_remove();

    @Message("Der Webhook ist entfernt.")
    String webhooks_removed();

    @Message("{#when step}{#is 'pausieren'}Der Webhook ist pausiert; es wird nichts zugestellt.{#is 'aktivieren'}Der Webhook ist wieder aktiv.{#is 'erneut'}Die Zustellung wird erneut gesendet.{#else}Erledigt.{/when}")
    String webhooks_done(String step);

    @Message("{#when role}{#is 'dispatcher'}Disposition{#is 'works-staff'}Bauhof / Betrieb{#is 'accounting'}Kämmerei / Buchhaltung{#is 'member-admin'}Verwaltung des Mitglieds{#is 'coordinator'}Koordination{#else}{role}{/when}")
    String role(String role);
}
