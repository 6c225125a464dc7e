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

    @Message("{#when kind}{#is EQUIPMENT}Gerät{#is STAFF_STANDBY}Personal / Bereitschaft{#is SERVICE}Leistung{#else}{kind}{/when}")
    String kind(String kind);

    @Message("{#when sector}{#is WATER_SUPPLY}Wasserversorgung{#is WASTEWATER}Abwasserbeseitigung{#else}{sector}{/when}")
    String sector(String sector);

    @Message("{#when unit}{#is HOUR}Stunde{#is DAY}Tag{#is METRE}Meter{#else}{unit}{/when}")
    String unit(String unit);

    @Message("{#when unit}{#is HOUR}Stunden{#is DAY}Tage{#is METRE}Meter{#else}{unit}{/when}")
    String units(String unit);

    @Message("{#when mode}{#is MONETARY}Abrechnung in Geld (Verrechnungssatz){#is NON_MONETARY}Gegenseitige Hilfe (ohne Geld, Ausgleich zum Jahresende){#else}{mode}{/when}")
    String settlement(String mode);

    @Message("{#when status}{#is REQUESTED}angefragt{#is CONFIRMED}bestätigt{#is IN_USE}im Einsatz{#is COMPLETED}abgeschlossen{#is REJECTED}abgelehnt{#is CANCELLED}storniert{#is NO_SHOW}nicht in Anspruch genommen{#else}{status}{/when}")
    String booking_status(String status);

    @Message("{#when code}"
            + "{#is SEWER_TV_CAMERA}Kanal-TV-Kamera{#is LEAK_DETECTOR}Leckortungsgerät{#is STANDPIPE}Standrohr"
            + "{#is MINI_EXCAVATOR}Minibagger{#is EMERGENCY_GENERATOR}Notstromaggregat{#is MOBILE_PUMP}Mobile Pumpe"
            + "{#is PRESSURE_TESTER}Druckprüfgerät{#is HIGH_PRESSURE_CLEANER}Hochdruckreiniger{#is GAS_DETECTOR}Gaswarngerät"
            + "{#is COMPACTOR}Rüttelplatte{#is TRAFFIC_BARRIER_SET}Absperrsatz{#is PIPE_LOCATOR}Leitungsortungsgerät"
            + "{#is SEWER_FLUSHING}Kanalspülung{#is SEWER_TV_INSPECTION}Kanal-TV-Inspektion{#is LEAK_DETECTION}Leckortung"
            + "{#is HYDRANT_INSPECTION}Hydrantenprüfung{#is WATER_MAIN_FLUSHING}Rohrnetzspülung"
            + "{#is VALVE_EXERCISING}Schieberbetätigung{#is SLUDGE_SUCTION}Schlammabsaugung"
            + "{#is LEAK_TIGHTNESS_TEST}Dichtheitsprüfung{#is WATER_MASTER}Wassermeister/in"
            + "{#is WASTEWATER_MASTER}Abwassermeister/in{#is WASTEWATER_OPERATOR}Fachkraft Abwassertechnik"
            + "{#is ON_CALL_DUTY}Bereitschaftsdienst{#is ELECTRICIAN}Elektrofachkraft{#is PIPE_FITTER}Rohrnetzmonteur/in"
            + "{#else}{code}{/when}")
    String category(String code);

    @Message("{#when status}{#is FREE}frei{#is PARTLY}teils frei{#is BOOKED}belegt{#is BLACKOUT}gesperrt{#is OFF}nicht im Dienst{#else}{status}{/when}")
    String day_status(String status);

    @Message("Verfügbarkeit im Kreis")
    String board_title();

    @Message("Woche vom {title}")
    String board_week(String title);

    @Message("Vorherige Woche")
    String board_previous_week();

    @Message("Nächste Woche")
    String board_next_week();

    @Message("Woche ab")
    String board_week_from();

    @Message("Filtern")
    String board_filter_legend();

    @Message("Art")
    String filter_kind();

    @Message("Kategorie")
    String filter_category();

    @Message("Sparte")
    String filter_sector();

    @Message("Umkreis um Ihren Bauhof")
    String filter_radius();

    @Message("alle")
    String filter_all();

    @Message("beliebig")
    String filter_any_distance();

    @Message("bis {km} km")
    String filter_km(int km);

    @Message("Anzeigen")
    String filter_apply();

    @Message("Angebot")
    String board_offer();

    @Message("{n} Angebote, nach Entfernung von Ihrem Bauhof sortiert")
    String board_count(long n);

    @Message("Keine Angebote passen zu diesen Filtern.")
    String board_empty();

    @Message("{km} km")
    String km(java.math.BigDecimal km);

    @Message("Legende")
    String legend();

    @Message("Verfügbarkeit der Angebote, Woche vom {title}")
    String board_caption(String title);

    @Message("Die Tabelle lässt sich seitlich verschieben.")
    String board_scroll_hint();

    @Message("Weitere Angebote")
    String board_more();

    @Message("Vorherige Angebote")
    String board_less();

    @Message("Zur Startseite")
    String back_to_start();
}
