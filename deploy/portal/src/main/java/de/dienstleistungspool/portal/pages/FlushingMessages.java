package de.dienstleistungspool.portal.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the coordinator's flushing plan page (Spülplan), German; templates use {@code {flu:key}}. */
@MessageBundle(value = "flu", locale = "de")
public interface FlushingMessages {
    @Message("Spülplan {year}")
    String title(int year);

    @Message("Spülplan")
    String nav();

    @Message("Bedarf der Mitglieder an Kanal- und Leitungsspülung, Kapazität der Spülfahrzeuge, Spülkampagne.")
    String hint();

    @Message("Die Mitglieder melden ihren Jahresbedarf je Sparte. Hier sehen Sie ihn je Monat neben der freien Kapazität der Spülfahrzeuge des Kreises und legen daraus eine Spülkampagne an: Buchungsserien je Mitglied und Anbieter, die die Anbieter bestätigen.")
    String intro();

    @Message("Sparte")
    String sector();

    @Message("Bedarf und Kapazität je Monat")
    String months();

    @Message("Bedarf und freie Kapazität je Monat, {sector} {year}")
    String months_caption(String sector, int year);

    @Message("Monat")
    String month();

    @Message("Einheit")
    String unit();

    @Message("Bedarf")
    String demand();

    @Message("freie Kapazität")
    String capacity();

    @Message("Lage")
    String state();

    @Message("Engpass")
    String shortfall();

    @Message("ausreichend")
    String enough();

    @Message("{#when m}{#is 1}Januar{#is 2}Februar{#is 3}März{#is 4}April{#is 5}Mai{#is 6}Juni{#is 7}Juli{#is 8}August{#is 9}September{#is 10}Oktober{#is 11}November{#is 12}Dezember{#else}{m}{/when}")
    String month_name(int m);

    @Message("Gemeldeter Bedarf")
    String demands();

    @Message("Noch hat kein Mitglied Bedarf für {year} in dieser Sparte gemeldet.")
    String no_demands(int year);

    @Message("Gemeldeter Bedarf der Mitglieder, {sector} {year}")
    String demands_caption(String sector, int year);

    @Message("Mitglied")
    String member();

    @Message("Menge")
    String quantity();

    @Message("Wunschmonate")
    String preferred();

    @Message("beliebig")
    String any_month();

    @Message("Einsatzorte")
    String sites();

    @Message("Spülfahrzeuge")
    String vehicles();

    @Message("Kein Spülfahrzeug des Kreises dient dieser Sparte mit einer Kapazität pro Tag.")
    String no_vehicles();

    @Message("Spülfahrzeuge der Sparte")
    String vehicles_caption();

    @Message("Fahrzeug")
    String vehicle();

    @Message("Anbieter")
    String provider();

    @Message("Kapazität pro Tag")
    String per_day();

    @Message("freie Einsatztage")
    String free_days();

    @Message("Spülkampagne")
    String campaign();

    @Message("Aus dem Plan Buchungsserien anlegen: je Einsatztag eine Buchung, höchstens die Tageskapazität eines Fahrzeugs, das nächstgelegene Fahrzeug der Sparte zuerst, in den Wunschmonaten zuerst. Die Anbieter bestätigen die Buchungen wie jede Anfrage. Ein Plan wird nur einmal zur Kampagne; danach ist der gemeldete Bedarf festgeschrieben.")
    String campaign_intro();

    @Message("Spülkampagne {sector} {year} anlegen")
    String campaign_button(String sector, int year);

    @Message("Die Spülkampagne ist angelegt. Die Anbieter wurden über die Anfragen benachrichtigt.")
    String campaign_done();

    @Message("Aus diesem Plan wurde bereits eine Spülkampagne angelegt.")
    String campaign_exists();

    @Message("Für dieses Jahr und diese Sparte liegt kein noch nicht eingeplanter Bedarf vor.")
    String plan_empty();

    @Message("Buchungsserien der Kampagne")
    String series();

    @Message("{member} bei {provider} ({km} km)")
    String series_title(String member, String provider, String km);

    @Message("Buchungen der Serie")
    String series_caption();

    @Message("Zeitraum")
    String period();

    @Message("Einsatzort")
    String site();

    @Message("Status")
    String status();

    @Message("Nicht gebucht")
    String conflicts();

    @Message("Alles Gemeldete ist gebucht.")
    String no_conflicts();

    @Message("Was die Kampagne nicht buchen konnte")
    String conflicts_caption();

    @Message("Grund")
    String reason();

    @Message("{#when reason}{#is 'no-provider'}kein Spülfahrzeug der Sparte in dieser Einheit und Abrechnungsart{#is 'no-capacity'}keine freie Kapazität mehr im Jahr{#is 'booked'}Tag inzwischen anderweitig gebucht{#is 'member-left'}Mitglied ist ausgetreten{#else}{reason}{/when}")
    String reason_text(String reason);
}
