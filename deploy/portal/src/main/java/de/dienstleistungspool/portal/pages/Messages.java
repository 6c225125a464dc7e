package de.dienstleistungspool.portal.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the portal, German first; another language is a {@code msg_<lang>.properties} file beside the
 * templates. Templates use {@code {msg:key}}, Java code injects this bundle.
 */
@MessageBundle(value = "msg", locale = "de")
public interface Messages {

    @Message("Dienstleistungspool")
    String app_name();

    @Message("Zum Inhalt springen")
    String skip_link();

    @Message("Hauptnavigation")
    String nav_label();

    @Message("Start")
    String nav_start();

    @Message("Verfügbarkeit")
    String nav_board();

    @Message("Suchen und buchen")
    String nav_search();

    @Message("Anfragen und Einsätze")
    String nav_jobs();

    @Message("Meine Buchungen")
    String nav_bookings();

    @Message("Angemeldet als {email}")
    String signed_in_as(String email);

    @Message("Abmelden")
    String sign_out();

    @Message("Anmelden")
    String sign_in();

    @Message("Anmelden beim Dienstleistungspool")
    String sign_in_title();

    @Message("Melden Sie sich mit Ihrem Konto des Dienstleistungspools an (E-Mail-Adresse und Passwort).")
    String sign_in_intro();

    @Message("E-Mail-Adresse")
    String sign_in_email();

    @Message("Passwort")
    String sign_in_password();

    @Message("E-Mail-Adresse oder Passwort ist falsch.")
    String sign_in_wrong();

    @Message("Bitte geben Sie E-Mail-Adresse und Passwort ein.")
    String sign_in_missing();

    @Message("Zu viele Anmeldeversuche. Bitte warten Sie {wait} und versuchen Sie es dann erneut.")
    String sign_in_throttled(String wait);

    @Message("Zu viele Anmeldeversuche. Bitte warten Sie einige Minuten und versuchen Sie es dann erneut.")
    String sign_in_throttled_unknown();

    @Message("Die Anmeldung ist gerade nicht möglich, weil der Dienst nicht erreichbar ist. Bitte versuchen Sie es gleich noch einmal.")
    String sign_in_unavailable();

    @Message("Sie sind abgemeldet.")
    String signed_out();

    @Message("Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.")
    String session_expired();

    @Message("{n} Sekunden")
    String seconds(long n);

    @Message("{n} Minuten")
    String minutes(long n);

    @Message("1 Minute")
    String one_minute();

    @Message("Guten Tag")
    String start_title();

    @Message("Sie handeln für {member} im {region}.")
    String start_acting_for(String member, String region);

    @Message("Ihre Rollen")
    String start_roles();

    @Message("Was möchten Sie tun?")
    String start_what();

    @Message("Disposition (buchen)")
    String role_dispatcher();

    @Message("Bauhof / Betrieb")
    String role_works_staff();

    @Message("Kämmerei / Buchhaltung")
    String role_accounting();

    @Message("Koordination")
    String role_coordinator();

    @Message("Verwaltung des Mitglieds")
    String role_member_admin();

    @Message("Seite nicht gefunden")
    String error_not_found_title();

    @Message("Diese Seite gibt es nicht, oder sie ist für Sie nicht sichtbar.")
    String error_not_found();

    @Message("Keine Berechtigung")
    String error_forbidden_title();

    @Message("Diese Seite ist für Ihre Rolle nicht vorgesehen.")
    String error_forbidden();

    @Message("Dienst nicht erreichbar")
    String error_unavailable_title();

    @Message("Ein Dienst der Plattform antwortet gerade nicht. Bitte versuchen Sie es in einer Minute erneut.")
    String error_unavailable();

    @Message("Die Anfrage wurde abgelehnt")
    String error_refused_title();

    @Message("Das Formular ist abgelaufen oder unvollständig. Bitte laden Sie die Seite neu und versuchen Sie es erneut.")
    String error_csrf();

    @Message("Maschinen, Personal und Leistungen der Kommunen gemeinsam nutzen")
    String footer_text();

    @Message("Zur Startseite")
    String back_to_start();
}
