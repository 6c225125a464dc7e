package de.dienstleistungspool.portal.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the administration pages (Angebote, Abrechnung, Koordination), German first, in their own bundle
 * because one Qute bundle must stay below 300 messages (Quarkus 3.31 generates broken bytecode beyond). Templates
 * use {@code {adm:key}}, Java code injects this bundle.
 */
@MessageBundle(value = "adm", locale = "de")
public interface AdminMessages {
    @Message("Angebote Ihres Mitglieds")
    String offers_title();

    @Message("Ihre Geräte, Leistungen und Bereitschaften im Pool: anlegen, ändern, pausieren, zurückziehen und Sperrzeiten eintragen.")
    String offers_intro();

    @Message("Neues Angebot anlegen")
    String offers_new();

    @Message("{n} Angebote")
    String offers_count(long n);

    @Message("Ihr Mitglied hat noch keine Angebote mit diesem Status.")
    String offers_none();

    @Message("Angebote Ihres Mitglieds")
    String offers_caption();

    @Message("Aktionen")
    String offers_actions();

    @Message("Verwalten")
    String offers_manage();

    @Message("Angebot bearbeiten: {title}")
    String offers_edit_title(String title);

    @Message("Was bieten Sie an?")
    String offers_what();

    @Message("Gerät: Maschine zum Ausleihen; Leistung: Arbeit mit Besatzung; Personal / Bereitschaft: eine Fachkraft in festen Zeitfenstern.")
    String offers_kind_hint();

    @Message("lässt sich nicht ändern")
    String offers_kind_fixed();

    @Message("Bitte wählen")
    String offers_choose();

    @Message("Titel")
    String offers_field_title();

    @Message("Sparten")
    String offers_sectors();

    @Message("Wo und wie?")
    String offers_where_how();

    @Message("bisheriger Standort: {name}")
    String offers_current_place(String name);

    @Message("Leistungen können auch nach Metern abgerechnet werden.")
    String offers_unit_hint();

    @Message("Rüstzeit danach (Minuten)")
    String offers_buffer();

    @Message("Anfragen automatisch bestätigen")
    String offers_auto_confirm();

    @Message("Weitere Angaben")
    String offers_more();

    @Message("Qualifikationen (eine je Zeile)")
    String offers_qualifications();

    @Message("Kapazität pro Tag")
    String offers_capacity();

    @Message("Nur für Leistungen: die übliche Menge pro Tag in der Abrechnungseinheit.")
    String offers_capacity_hint();

    @Message("Buchbare Zeiten")
    String offers_hours();

    @Message("Wann das Angebot gebucht werden kann (Ortszeit), je Wochentag z. B. 07:00–16:00, mehrere Zeiten durch Komma "
            + "getrennt; ein leeres Feld heißt: an diesem Tag nicht buchbar. Eine Buchung beginnt und endet in diesen Zeiten "
            + "und darf über Nacht laufen. Bereitschaft und Notfallgeräte sind meist rund um die Uhr buchbar; dann gelten "
            + "die Wochentage nicht.")
    String offers_hours_hint();

    @Message("Rund um die Uhr buchbar")
    String offers_around_the_clock();

    @Message("Zeitfenster der Bereitschaft")
    String offers_windows();

    @Message("Nur für Personal / Bereitschaft: wann die Fachkraft gebucht werden kann. Leere Zeilen werden nicht gespeichert.")
    String offers_windows_hint();

    @Message("Zeitfenster {n}: Beginn")
    String offers_window_from(int n);

    @Message("Zeitfenster {n}: Ende")
    String offers_window_to(int n);

    @Message("Angebot anlegen")
    String offers_create();

    @Message("Änderungen speichern")
    String offers_save();

    @Message("Verwalten: {title}")
    String offers_manage_title(String title);

    @Message("Das Angebot ist angelegt und im Pool sichtbar.")
    String offers_created();

    @Message("Die Änderungen sind gespeichert.")
    String offers_saved();

    @Message("{#when step}{#is 'pausieren'}Das Angebot ist pausiert. Bestehende Buchungen bleiben.{#is 'freigeben'}Das Angebot ist wieder buchbar.{#is 'zurueckziehen'}Das Angebot ist zurückgezogen.{#is 'gesperrt'}Die Sperrzeit ist eingetragen.{#is 'aufgehoben'}Die Sperrzeit ist aufgehoben.{#else}Erledigt.{/when}")
    String offers_done(String step);

    @Message("Die Sperrzeit trifft {n} Buchungen. Bitte klären Sie diese mit den Anfragenden:")
    String offers_blackout_hits(int n);

    @Message("Seite des Angebots (Kalender, wie andere es sehen)")
    String offers_public_page();

    @Message("Angaben bearbeiten")
    String offers_edit();

    @Message("Status")
    String offers_status_title();

    @Message("Das Angebot ist zurückgezogen. Seine Buchungen und Abrechnungen bleiben erhalten; ändern lässt es sich nicht mehr.")
    String offers_retired_note();

    @Message("Pausieren")
    String offers_pause();

    @Message("Wieder freigeben")
    String offers_resume();

    @Message("Endgültig zurückziehen")
    String offers_retire();

    @Message("Trotz offener Buchungen zurückziehen (ich kläre sie mit den Anfragenden)")
    String offers_retire_force();

    @Message("Pausiert ist ein Angebot vorübergehend nicht buchbar; bestehende Buchungen bleiben. Zurückziehen ist endgültig.")
    String offers_status_hint();

    @Message("Sperrzeiten (Wartung, Reparatur, Urlaub)")
    String offers_blackouts();

    @Message("Keine Sperrzeiten eingetragen.")
    String offers_no_blackouts();

    @Message("Sperrzeiten von {title}")
    String offers_blackouts_caption(String title);

    @Message("Aufheben")
    String offers_release();

    @Message("Neue Sperrzeit")
    String offers_new_blackout();

    @Message("Grund (z. B. Wartung)")
    String offers_blackout_reason();

    @Message("Sperrzeit eintragen")
    String offers_block();

    @Message("{#when kind}{#is 'USAGE'}Nutzung{#is 'REVERSAL'}Storno{#is 'CARRY_OVER'}Vortrag aus dem Vorjahr{#else}{kind}{/when}")
    String entry_kind(String kind);

    @Message("{#when netting}{#is 'BILATERAL'}zweiseitig{#is 'MULTILATERAL'}über den Pool{#else}{netting}{/when}")
    String netting(String netting);

    @Message("Abrechnung {year}")
    String accounting_title(int year);

    @Message("Salden, Buchungsposten, Abrechnungen und Rechnungen von {member}.")
    String accounting_intro(String member);

    @Message("Jahr")
    String accounting_year();

    @Message("Salden")
    String accounting_balances();

    @Message("Für {year} gibt es noch keine abgerechneten Einsätze.")
    String accounting_no_balances(int year);

    @Message("zu Ihren Gunsten")
    String accounting_in_favour();

    @Message("zu Lasten Ihres Mitglieds")
    String accounting_owed();

    @Message("ausgeglichen")
    String accounting_even();

    @Message("bewertet {amount}")
    String accounting_valued(String amount);

    @Message("Salden {year} je Mitglied, Sparte und Abrechnungsart")
    String accounting_balances_caption(int year);

    @Message("Mitglied")
    String accounting_counterparty();

    @Message("Stunden")
    String accounting_hours();

    @Message("Meter")
    String accounting_metres();

    @Message("Betrag")
    String accounting_amount();

    @Message("Saldo")
    String accounting_direction();

    @Message("{n} ohne Satz")
    String accounting_unvalued(long n);

    @Message("noch ohne Satz")
    String accounting_no_rate();

    @Message("Sie haben mehr geleistet")
    String accounting_they_owe();

    @Message("Sie haben mehr erhalten")
    String accounting_you_owe();

    @Message("Positive Werte: Ihr Mitglied hat dem anderen mehr geleistet, als es von ihm erhalten hat. Tage zählen 8 Stunden.")
    String accounting_sign_hint();

    @Message("Abrechnungen herunterladen")
    String accounting_statements();

    @Message("Jede Abrechnung listet alle Buchungsposten mit Buchungsnummer, die Salden je Mitglied und, nach dem Jahresabschluss, die Zahlungen. Vor dem Abschluss ist sie vorläufig.")
    String accounting_statements_intro();

    @Message("Abrechnung {year} {#when sector}{#is 'WATER_SUPPLY'}Wasserversorgung{#is 'WASTEWATER'}Abwasserbeseitigung{#else}{sector}{/when} als PDF")
    String accounting_pdf(String sector, int year);

    @Message("Abrechnung {year} {#when sector}{#is 'WATER_SUPPLY'}Wasserversorgung{#is 'WASTEWATER'}Abwasserbeseitigung{#else}{sector}{/when} als CSV (Excel)")
    String accounting_csv(String sector, int year);

    @Message("Jahresausgleich {year}")
    String accounting_year_end(int year);

    @Message("Zahlungen {#when sector}{#is 'WATER_SUPPLY'}Wasserversorgung{#is 'WASTEWATER'}Abwasserbeseitigung{#else}{sector}{/when}")
    String accounting_payments_caption(String sector);

    @Message("Rechnung")
    String accounting_invoice();

    @Message("XRechnung")
    String accounting_xrechnung();

    @Message("Buchungsposten")
    String accounting_lines();

    @Message("{n} Buchungsposten")
    String accounting_lines_count(long n);

    @Message("Buchungsposten {year}")
    String accounting_lines_caption(int year);

    @Message("Datum")
    String accounting_date();

    @Message("Richtung")
    String accounting_side();

    @Message("geleistet")
    String accounting_provided();

    @Message("erhalten")
    String accounting_received();

    @Message("Satz")
    String accounting_rate();

    @Message("Vorherige Posten")
    String accounting_previous_lines();

    @Message("Weitere Posten")
    String accounting_next_lines();

    @Message("Zahlt")
    String close_payer();

    @Message("Erhält")
    String close_payee();

    @Message("Verrechnung")
    String close_netting();

    @Message("verbindlich")
    String close_binding();

    @Message("Koordination")
    String coordination_title();

    @Message("Aufgaben der Koordinationsstelle im {region}.")
    String coordination_intro(String region);

    @Message("Bereiche der Koordination")
    String coordination_nav();

    @Message("Mitglieder")
    String coordination_members();

    @Message("Die Mitglieder des Pools, neue Mitglieder aufnehmen.")
    String coordination_members_hint();

    @Message("Verrechnungssätze")
    String coordination_rates();

    @Message("Sätze und Toleranz je Jahr ansehen und veröffentlichen.")
    String coordination_rates_hint();

    @Message("Jahresabschluss")
    String coordination_close();

    @Message("Probelauf, Verrechnung und Abschluss des Jahres.")
    String coordination_close_hint();

    @Message("Berichte")
    String coordination_reports();

    @Message("Auslastung und Abrechnung des Kreises.")
    String coordination_reports_hint();

    @Message("{#when kind}{#is 'MUNICIPALITY'}Stadt / Gemeinde{#is 'ZWECKVERBAND'}Zweckverband{#is 'STADTWERKE'}Stadtwerke{#is 'EIGENBETRIEB'}Eigenbetrieb{#else}{kind}{/when}")
    String member_kind(String kind);

    @Message("{#when status}{#is 'ACTIVE'}aktiv{#is 'LEFT'}ausgeschieden{#else}{status}{/when}")
    String member_status(String status);

    @Message("Mitglieder des Pools")
    String members_title();

    @Message("Mitglied aufnehmen")
    String members_admit();

    @Message("Name enthält")
    String members_search();

    @Message("{n} Mitglieder")
    String members_count(long n);

    @Message("Mitglieder im {region}")
    String members_caption(String region);

    @Message("Bauhöfe")
    String members_depots();

    @Message("seit {date}")
    String members_since(String date);

    @Message("Nehmen Sie eine Kommune, einen Zweckverband, Stadtwerke oder einen Eigenbetrieb in den Pool auf. Die erste Verwaltung des Mitglieds erhält ein Anfangspasswort, das nur einmal angezeigt wird.")
    String members_admit_intro();

    @Message("Mitglied")
    String members_who();

    @Message("Leitweg-ID (für E-Rechnungen, freiwillig)")
    String members_leitweg();

    @Message("Zum Beispiel 06636004-0001-76. Ohne Leitweg-ID kann das Mitglied keine XRechnung erhalten.")
    String members_leitweg_hint();

    @Message("Kontakt und Anschrift")
    String members_contact();

    @Message("Straße und Hausnummer")
    String members_street();

    @Message("Postleitzahl")
    String members_postal_code();

    @Message("Ort")
    String members_city();

    @Message("Erster Bauhof")
    String members_depot();

    @Message("Von hier aus werden Entfernungen berechnet. Koordinaten in Grad (WGS 84), z. B. aus dem Geoportal.")
    String members_depot_hint();

    @Message("Name des Bauhofs")
    String members_depot_name();

    @Message("Breite (z. B. 51,1880)")
    String members_latitude();

    @Message("Länge (z. B. 10,0528)")
    String members_longitude();

    @Message("Erste Verwaltung des Mitglieds")
    String members_first_admin();

    @Message("Diese Person legt danach die weiteren Zugänge des Mitglieds an (freiwillig).")
    String members_first_admin_hint();

    @Message("Name der Person")
    String members_admin_name();

    @Message("E-Mail-Adresse der Person")
    String members_admin_email();

    @Message("Mitglied aufnehmen")
    String members_admit_button();

    @Message("Aufgenommen: {name}")
    String members_admitted_title(String name);

    @Message("{name} ist in den Pool aufgenommen. Alle Dienste erfahren es in wenigen Sekunden.")
    String members_admitted(String name);

    @Message("Zugang der ersten Verwaltung")
    String members_access();

    @Message("Geben Sie das Anfangspasswort für {email} auf sicherem Weg weiter.")
    String members_access_intro(String email);

    @Message("Anfangspasswort")
    String members_initial_password();

    @Message("Das Passwort wird nur jetzt angezeigt und ist nirgends sonst abrufbar.")
    String members_password_once();

    @Message("Zurück zu den Mitgliedern")
    String members_back();

    @Message("{#when remainder}{#is 'CARRY_OVER'}Rest innerhalb der Toleranz ins nächste Jahr vortragen{#is 'PAY'}Rest innerhalb der Toleranz erlassen{#else}{remainder}{/when}")
    String remainder(String remainder);

    @Message("Verrechnungssätze {year}")
    String rates_title(int year);

    @Message("Das Jahr {year} ist abgeschlossen; seine Sätze sind festgeschrieben.")
    String rates_closed(int year);

    @Message("Verrechnungssätze {year} in Euro je Einheit")
    String rates_caption(int year);

    @Message("Satz")
    String rates_amount();

    @Message("Toleranz {tolerance} Stunden; {remainder}.")
    String rates_terms(String tolerance, String remainder);

    @Message("Für {year} sind noch keine Sätze veröffentlicht. Die Felder sind mit den Sätzen von {previous} vorbelegt; prüfen Sie sie und veröffentlichen Sie dann.")
    String rates_from_previous(int year, int previous);

    @Message("Für {year} sind noch keine Sätze veröffentlicht.")
    String rates_none(int year);

    @Message("Satz in Euro: {category}, {sector}, je {unit}")
    String rates_amount_for(String category, String sector, String unit);

    @Message("Neue Zeile {n}: Kategorie")
    String rates_new_category(int n);

    @Message("neue Kategorie …")
    String rates_new_row(int n);

    @Message("Neue Zeile {n}: Sparte")
    String rates_new_sector(int n);

    @Message("Neue Zeile {n}: Einheit")
    String rates_new_unit(int n);

    @Message("Neue Zeile {n}: Satz in Euro")
    String rates_new_amount(int n);

    @Message("Ein Satz ohne Betrag wird entfernt. Veröffentlichen ersetzt alle Sätze des Jahres und teilt sie allen Diensten mit.")
    String rates_hint();

    @Message("Ausgleich zum Jahresende")
    String rates_terms_legend();

    @Message("Toleranz (Stunden)")
    String rates_tolerance();

    @Message("Was innerhalb der Toleranz liegt")
    String rates_remainder();

    @Message("Sätze {year} veröffentlichen")
    String rates_publish(int year);

    @Message("Die Sätze für {year} sind veröffentlicht.")
    String rates_published(int year);

    @Message("{#when treatment}{#is 'BALANCED'}ausgeglichen{#is 'FORGIVEN'}erlassen (innerhalb der Toleranz){#is 'CARRIED_OVER'}ins nächste Jahr vorgetragen{#is 'PAID'}wird gezahlt{#else}{treatment}{/when}")
    String treatment(String treatment);

    @Message("{#when netting}{#is 'MULTILATERAL'}Über den Pool (jedes Mitglied zahlt oder erhält nur seinen Saldo je Sparte){#is 'BILATERAL'}Zweiseitig (jedes Paar gleicht sich direkt aus){#else}{netting}{/when}")
    String netting_long(String netting);

    @Message("Jahresabschluss {year}")
    String close_title(int year);

    @Message("Der Jahresabschluss verrechnet die gegenseitige Hilfe (ohne Geld) je Sparte: Salden innerhalb der Toleranz werden vorgetragen oder erlassen, darüber hinaus gezahlt. Starten Sie zuerst den Probelauf; er speichert nichts.")
    String close_intro();

    @Message("Das Jahr {year} kann frühestens ab {date} verbindlich abgeschlossen werden (Nachfrist für späte Abschlüsse). Der Probelauf ist jederzeit möglich.")
    String close_not_yet(int year, String date);

    @Message("Probelauf für {year} starten")
    String close_dry_run(int year);

    @Message("Probelauf für {year} wiederholen")
    String close_dry_run_again(int year);

    @Message("Probelauf läuft … Das kann einige Sekunden dauern.")
    String close_waiting_dry_run();

    @Message("Ergebnis des Probelaufs {year}")
    String close_dry_run_result(int year);

    @Message("Ergebnis des Jahresabschlusses {year}")
    String close_result(int year);

    @Message("Probelauf: Es wurde nichts gespeichert und nichts festgeschrieben.")
    String close_nothing_written();

    @Message("Das Jahr {year} ist abgeschlossen (Verrechnung {netting}). Die Abrechnungen der Mitglieder sind endgültig.")
    String close_is_closed(int year, String netting);

    @Message("Das Jahr {year} ist abgeschlossen. Die Mitglieder werden benachrichtigt; ihre Abrechnungen sind endgültig.")
    String close_done(int year);

    @Message("Buchungsposten (gegenseitige Hilfe)")
    String close_lines();

    @Message("Mitgliederpaare")
    String close_pairs();

    @Message("In {year} gibt es keine Salden aus gegenseitiger Hilfe; der Abschluss hat nichts zu verrechnen.")
    String close_no_pairs(int year);

    @Message("Salden je Mitgliederpaar und Sparte")
    String close_pairs_caption();

    @Message("Paar (A – B)")
    String close_pair();

    @Message("Saldo Stunden")
    String close_net_hours();

    @Message("Wert")
    String close_net_value();

    @Message("Behandlung")
    String close_treatment();

    @Message("Ausgleich")
    String close_settlement();

    @Message("davon nach Metern: {amount}")
    String close_metre_value(String amount);

    @Message("{payer} zahlt {payee} {amount}")
    String close_pays(String payer, String payee, String amount);

    @Message("Positiver Saldo: A hat B mehr geleistet als umgekehrt. Bewertet mit den Sätzen des Jahres; Tage zählen 8 Stunden.")
    String close_pairs_hint();

    @Message("Zahlungen bei Verrechnung {#when netting}{#is 'BILATERAL'}zweiseitig{#is 'MULTILATERAL'}über den Pool{#else}{netting}{/when}")
    String close_payments(String netting);

    @Message("Keine Zahlungen.")
    String close_no_payments();

    @Message("Jahr {year} verbindlich abschließen")
    String close_real(int year);

    @Message("Der Abschluss schreibt das Ergebnis fest: Die Posten, Sätze und Salden des Jahres lassen sich danach nicht mehr ändern, die Mitglieder erhalten ihre endgültigen Abrechnungen.")
    String close_real_intro();

    @Message("Verbindliche Verrechnung")
    String close_netting_choice();

    @Message("Der Abschluss kann einige Sekunden dauern. Bitte warten Sie, bis das Ergebnis erscheint; ein zweites Absenden schließt nicht doppelt ab.")
    String close_takes_seconds();

    @Message("Jahr {year} abschließen")
    String close_button(int year);

    @Message("Jahresabschluss läuft … Bitte warten Sie, das kann einige Sekunden dauern.")
    String close_waiting();

    @Message("Berichte {year}")
    String reports_title(int year);

    @Message("Zum Herunterladen")
    String reports_downloads();

    @Message("Die Abrechnung des Kreises listet alle Paare, Zahlungen und Posten; vor dem Jahresabschluss ist sie vorläufig.")
    String reports_downloads_intro();

    @Message("Abrechnung des Kreises {year} {#when sector}{#is 'WATER_SUPPLY'}Wasserversorgung{#is 'WASTEWATER'}Abwasserbeseitigung{#else}{sector}{/when} als PDF")
    String reports_region_pdf(String sector, int year);

    @Message("Abrechnung des Kreises {year} {#when sector}{#is 'WATER_SUPPLY'}Wasserversorgung{#is 'WASTEWATER'}Abwasserbeseitigung{#else}{sector}{/when} als CSV (Excel)")
    String reports_region_csv(String sector, int year);

    @Message("Auslastung {year} je Angebot und Monat als CSV (Excel)")
    String reports_utilisation_csv(int year);

    @Message("Auslastung {year} je Kategorie")
    String reports_utilisation(int year);

    @Message("Für dieses Jahr gibt es keine buchbaren Zeiten.")
    String reports_no_utilisation();

    @Message("Gebuchte und buchbare Stunden {year} je Kategorie")
    String reports_utilisation_caption(int year);

    @Message("buchbar (Std.)")
    String reports_bookable();

    @Message("gebucht (Std.)")
    String reports_booked();

    @Message("Auslastung")
    String reports_rate();

    @Message("Rechnungsangaben")
    String billing_title();

    @Message("Was die XRechnungen von {member} als Rechnungssteller brauchen: Steuernummer (oder USt-IdNr. bei steuerpflichtigen Leistungen) und die Bankverbindung, auf die gezahlt wird.")
    String billing_intro(String member);

    @Message("Steuernummer")
    String billing_tax_number();

    @Message("USt-IdNr. (z. B. DE123456789)")
    String billing_vat_id();

    @Message("IBAN")
    String billing_iban();

    @Message("BIC")
    String billing_bic();

    @Message("Rechnungsangaben speichern")
    String billing_save();

    @Message("Die Rechnungsangaben sind gespeichert.")
    String billing_saved();

    @Message("Rechnungsangaben (Steuernummer, Bankverbindung)")
    String billing_link();
}
