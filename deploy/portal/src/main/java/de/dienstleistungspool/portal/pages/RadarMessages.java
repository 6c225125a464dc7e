package de.dienstleistungspool.portal.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the coordinator's shortage radar (Engpass-Radar), German first; templates use {@code {radar:key}}. */
@MessageBundle(value = "radar", locale = "de")
public interface RadarMessages {

    @Message("Engpass-Radar")
    String nav();

    @Message("Was Mitglieder gesucht und nicht bekommen haben: Suchen ohne freien Termin, mangels Kapazität abgelehnte Anfragen und Wartelisten je Kategorie, Sparte und Monat, neben der Auslastung der vorhandenen Angebote.")
    String nav_hint();

    @Message("Engpass-Radar {year}")
    String title(int year);

    @Message("Jeder Monat zählt, was für Zeiträume gesucht oder angefragt wurde, die in ihm beginnen. Die Auslastung bezieht sich auf die Angebote der Kategorie im Pool, die die Sparte bedienen.")
    String intro();

    @Message("Hinweise")
    String hints();

    @Message("In diesem Jahr blieb kein Bedarf über mehrere Monate ungedeckt.")
    String no_hints();

    @Message("In {year} ist kein ungedeckter Bedarf erfasst: Jede Suche fand ein freies Angebot, keine Anfrage wurde mangels Kapazität abgelehnt.")
    String empty(int year);

    @Message("Engpass-Radar {year} als CSV (Excel)")
    String csv(int year);

    @Message("{name}{#if sector} ({#when sector}{#is 'WATER_SUPPLY'}Wasserversorgung{#is 'WASTEWATER'}Abwasser{#else}{sector}{/when}){#else} (ohne Sparte){/if}")
    String heading(String name, String sector);

    @Message("Ungedeckter Bedarf je Monat: {total} im Jahr. Die Zahlen stehen auch in der Tabelle darunter.")
    String chart_desc(long total);

    @Message("{month}: {count}")
    String bar_title(String month, long count);

    @Message("Ungedeckter Bedarf und Auslastung {year} je Monat")
    String caption(int year);

    @Message("Monat")
    String month();

    @Message("Suchen ohne Treffer")
    String searches();

    @Message("Abgelehnte Anfragen")
    String refusals();

    @Message("Warteliste")
    String waitlist();

    @Message("Ungedeckt gesamt")
    String unmet();

    @Message("Mitglieder")
    String members();

    @Message("Ø Entfernung")
    String distance();

    @Message("Auslastung")
    String utilisation();
}
