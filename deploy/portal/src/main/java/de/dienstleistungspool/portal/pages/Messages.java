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

    @Message("Angebote")
    String nav_offers();

    @Message("Abrechnung")
    String nav_accounting();

    @Message("Koordination")
    String nav_coordination();

    @Message("Benachrichtigungen")
    String nav_notifications();

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

    @Message("{#when kind}{#is 'EQUIPMENT'}Gerät{#is 'STAFF_STANDBY'}Personal / Bereitschaft{#is 'SERVICE'}Leistung{#else}{kind}{/when}")
    String kind(String kind);

    @Message("{#when sector}{#is 'WATER_SUPPLY'}Wasserversorgung{#is 'WASTEWATER'}Abwasserbeseitigung{#else}{sector}{/when}")
    String sector(String sector);

    @Message("{#when unit}{#is 'HOUR'}Stunde{#is 'DAY'}Tag{#is 'METRE'}Meter{#else}{unit}{/when}")
    String unit(String unit);

    @Message("{#when unit}{#is 'HOUR'}Stunden{#is 'DAY'}Tage{#is 'METRE'}Meter{#else}{unit}{/when}")
    String units(String unit);

    @Message("{#when mode}{#is 'MONETARY'}Abrechnung in Geld (Verrechnungssatz){#is 'NON_MONETARY'}Gegenseitige Hilfe (ohne Geld, Ausgleich zum Jahresende){#else}{mode}{/when}")
    String settlement(String mode);

    @Message("{#when status}{#is 'REQUESTED'}angefragt{#is 'CONFIRMED'}bestätigt{#is 'IN_USE'}im Einsatz{#is 'COMPLETED'}abgeschlossen{#is 'REJECTED'}abgelehnt{#is 'CANCELLED'}storniert{#is 'NO_SHOW'}nicht in Anspruch genommen{#else}{status}{/when}")
    String booking_status(String status);

    @Message("{#when code}"
            + "{#is 'SEWER_TV_CAMERA'}Kanal-TV-Kamera{#is 'LEAK_DETECTOR'}Leckortungsgerät{#is 'STANDPIPE'}Standrohr"
            + "{#is 'MINI_EXCAVATOR'}Minibagger{#is 'EMERGENCY_GENERATOR'}Notstromaggregat{#is 'MOBILE_PUMP'}Mobile Pumpe"
            + "{#is 'PRESSURE_TESTER'}Druckprüfgerät{#is 'HIGH_PRESSURE_CLEANER'}Hochdruckreiniger{#is 'GAS_DETECTOR'}Gaswarngerät"
            + "{#is 'COMPACTOR'}Rüttelplatte{#is 'TRAFFIC_BARRIER_SET'}Absperrsatz{#is 'PIPE_LOCATOR'}Leitungsortungsgerät"
            + "{#is 'SEWER_FLUSHING'}Kanalspülung{#is 'SEWER_TV_INSPECTION'}Kanal-TV-Inspektion{#is 'LEAK_DETECTION'}Leckortung"
            + "{#is 'HYDRANT_INSPECTION'}Hydrantenprüfung{#is 'WATER_MAIN_FLUSHING'}Rohrnetzspülung"
            + "{#is 'VALVE_EXERCISING'}Schieberbetätigung{#is 'SLUDGE_SUCTION'}Schlammabsaugung"
            + "{#is 'LEAK_TIGHTNESS_TEST'}Dichtheitsprüfung{#is 'WATER_MASTER'}Wassermeister/in"
            + "{#is 'WASTEWATER_MASTER'}Abwassermeister/in{#is 'WASTEWATER_OPERATOR'}Fachkraft Abwassertechnik"
            + "{#is 'ON_CALL_DUTY'}Bereitschaftsdienst{#is 'ELECTRICIAN'}Elektrofachkraft{#is 'PIPE_FITTER'}Rohrnetzmonteur/in"
            + "{#else}{code}{/when}")
    String category(String code);

    @Message("{#when status}{#is 'FREE'}frei{#is 'PARTLY'}teils frei{#is 'BOOKED'}belegt{#is 'BLACKOUT'}gesperrt{#is 'OFF'}nicht im Dienst{#else}{status}{/when}")
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

    @Message("{#when code}"
            + "{#is 'booking-overlap'}Das Angebot ist in diesem Zeitraum bereits gebucht (einschließlich Rüstzeit). Bitte wählen Sie einen anderen Zeitraum."
            + "{#is 'blackout'}Das Angebot ist in diesem Zeitraum gesperrt, zum Beispiel wegen Wartung oder Reparatur."
            + "{#is 'offer-unavailable'}Das Angebot ist pausiert oder zurückgezogen und kann derzeit nicht gebucht werden."
            + "{#is 'sector-not-served'}Das Angebot dient dieser Sparte nicht."
            + "{#is 'sector-required'}Bitte wählen Sie die Sparte (Wasserversorgung oder Abwasserbeseitigung)."
            + "{#is 'settlement-mode-not-accepted'}Diese Abrechnungsart nimmt der Anbieter für dieses Angebot nicht an."
            + "{#is 'own-offer'}Ein eigenes Angebot können Sie nicht buchen."
            + "{#is 'period-too-long'}Der Zeitraum ist zu lang. Eine Buchung darf höchstens 92 Tage dauern; für Längeres legen Sie einen Bereitschaftsplan an."
            + "{#is 'period-too-far'}Der Beginn liegt zu weit in der Zukunft (höchstens zwei Jahre im Voraus)."
            + "{#is 'period-in-past'}Der Beginn liegt zu weit in der Vergangenheit (höchstens sieben Tage zurück)."
            + "{#is 'invalid-period'}Der Zeitraum ist ungültig: Das Ende muss nach dem Beginn liegen."
            + "{#is 'service-job-incomplete'}Für eine Leistung geben Sie bitte Einsatzort und Umfang an."
            + "{#is 'invalid-scope'}Der Umfang ist ungültig."
            + "{#is 'invalid-series'}Der Bereitschaftsplan ist ungültig: Bitte prüfen Sie Zeitraum und Wochentage."
            + "{#is 'series-conflict'}Einige Termine des Bereitschaftsplans sind schon belegt oder gesperrt. Wählen Sie „Belegte Termine überspringen“, um die freien zu buchen."
            + "{#is 'series-overlaps-itself'}Die Termine des Bereitschaftsplans überschneiden sich."
            + "{#is 'invalid-transition'}Dieser Schritt ist im jetzigen Stand der Buchung nicht möglich (sie wurde inzwischen geändert)."
            + "{#is 'already-started'}Die Buchung hat bereits begonnen und kann nicht mehr storniert werden."
            + "{#is 'not-started-yet'}Die Buchung hat noch nicht begonnen."
            + "{#is 'usage-unit-mismatch'}Die Nutzung muss in der Einheit des Angebots erfasst werden."
            + "{#is 'invalid-usage'}Die erfasste Nutzung ist ungültig."
            + "{#is 'member-left'}Ihr Mitglied ist aus dem Pool ausgeschieden."
            + "{#is 'validation'}Einige Angaben sind ungültig."
            + "{#is 'idempotency-key-reused'}Dieses Formular wurde bereits mit anderen Angaben abgeschickt. Bitte laden Sie die Seite neu."
            + "{#is 'kind-immutable'}Die Art eines Angebots lässt sich nicht ändern. Ziehen Sie es zurück und legen Sie ein neues an."
            + "{#is 'windows-required'}Personal in Bereitschaft braucht mindestens ein Zeitfenster, in dem es gebucht werden kann."
            + "{#is 'windows-not-allowed'}Zeitfenster gibt es nur für Personal in Bereitschaft. Bitte lassen Sie die Zeitfenster leer."
            + "{#is 'overlapping-windows'}Die Zeitfenster überschneiden sich."
            + "{#is 'capacity-required'}Für eine Leistung geben Sie bitte die übliche Kapazität pro Tag an."
            + "{#is 'invalid-unit'}Diese Abrechnungseinheit passt nicht zur Art: Geräte und Personal werden nach Stunden oder Tagen abgerechnet."
            + "{#is 'unknown-depot'}Dieser Standort gehört nicht zu Ihrem Mitglied."
            + "{#is 'incomplete-depot'}Der Standort ist unvollständig."
            + "{#is 'no-depot'}Für Ihr Mitglied ist noch kein Bauhof hinterlegt. Bitte wenden Sie sich an die Koordinationsstelle."
            + "{#is 'offer-retired'}Das Angebot ist zurückgezogen und kann nicht mehr geändert werden."
            + "{#is 'offer-status'}Dieser Schritt passt nicht zum jetzigen Stand des Angebots (es wurde inzwischen geändert)."
            + "{#is 'offer-has-bookings'}Das Angebot hat noch offene Buchungen, die in der Zukunft enden. Klären Sie diese mit den Anfragenden, oder bestätigen Sie unten, dass Sie es trotzdem zurückziehen."
            + "{#is 'blackout-overlap'}In diesem Zeitraum gibt es bereits eine Sperrzeit."
            + "{#is 'invalid-buffer'}Die Rüstzeit muss eine ganze Zahl von Minuten sein (0 oder mehr)."
            + "{#is 'invalid-capacity'}Die Kapazität pro Tag muss eine Zahl sein, z. B. 8 oder 7,5."
            + "{#is 'invalid-hours'}Die buchbaren Zeiten sind nicht lesbar: Bitte je Wochentag z. B. 07:00–16:00 angeben "
            + "(Ende nach Beginn, mehrere durch Komma) oder „Rund um die Uhr buchbar“ wählen."
            + "{#is 'invalid-window'}Ein Zeitfenster ist unvollständig: Bitte geben Sie Beginn und Ende an."
            + "{#is 'malformed-body'}Einige Angaben sind ungültig. Bitte prüfen Sie das Formular."
            + "{#is 'rate-missing'}Für einige Kategorien dieses Jahres fehlt ein Verrechnungssatz. Bitte veröffentlichen Sie zuerst die Sätze des Jahres (Koordination › Verrechnungssätze)."
            + "{#is 'grace-period'}Das Jahr kann noch nicht abgeschlossen werden: Nach dem Jahresende läuft eine Nachfrist für späte Abschlüsse von Einsätzen."
            + "{#is 'earlier-year-open'}Ein früheres Jahr mit Buchungsposten ist noch offen. Bitte schließen Sie zuerst dieses Jahr ab."
            + "{#is 'year-closed'}Dieses Jahr ist bereits abgeschlossen; seine Sätze und Posten lassen sich nicht mehr ändern."
            + "{#is 'leitweg-id-missing'}Für die Rechnung fehlt die Leitweg-ID des zahlenden Mitglieds. Die Koordinationsstelle kann sie beim Mitglied eintragen."
            + "{#is 'billing-details-missing'}Für die Rechnung fehlen Steuernummer oder Bankverbindung des Rechnungsstellers. Die Kämmerei trägt sie unter Abrechnung › Rechnungsangaben ein."
            + "{#is 'address-missing'}Für die Rechnung fehlt die Anschrift eines Beteiligten."
            + "{#is 'contact-missing'}Für die Rechnung fehlt die Kontaktadresse eines Beteiligten."
            + "{#is 'reversed'}Dieser Posten wurde storniert; es gibt nichts zu berechnen."
            + "{#is 'pool-payment'}Zahlungen an oder vom Pool stehen in der Abrechnung des Pools und werden nicht als Rechnung zwischen Mitgliedern gestellt."
            + "{#is 'duplicate'}Es gibt bereits ein Mitglied mit diesem Namen, oder die E-Mail-Adresse ist schon vergeben."
            + "{#is 'invalid-leitweg-id'}Die Leitweg-ID ist ungültig (Format und Prüfziffer nach XRechnung)."
            + "{#is 'duplicate-rate'}Eine Kategorie ist in derselben Sparte doppelt aufgeführt."
            + "{#is 'invalid-coordinates'}Bitte geben Sie Breite und Länge des Bauhofs als Zahlen an, z. B. 51,1880 und 10,0528."
            + "{#is 'invalid-amount'}Ein Satz ist keine gültige Zahl (z. B. 145,00)."
            + "{#is 'invalid-tolerance'}Die Toleranz muss eine Zahl von Stunden sein (z. B. 8)."
            + "{#is 'webhook-url'}Diese Adresse ist nicht erlaubt: Webhooks brauchen eine öffentliche https-Adresse."
            + "{#is 'unknown-event-type'}Ein gewähltes Ereignis ist unbekannt."
            + "{#is 'delivery-in-flight'}Diese Zustellung wird gerade gesendet. Bitte versuchen Sie es gleich noch einmal."
            + "{#else}Die Anfrage wurde abgelehnt.{/when}")
    String refusal(String code);

    @Message("Suchen und buchen")
    String search_title();

    @Message("Finden Sie freie Geräte, Leistungen und Bereitschaften im Kreis, die nächsten zuerst, und buchen Sie direkt.")
    String search_intro();

    @Message("Was und wann?")
    String search_legend();

    @Message("Von")
    String search_from();

    @Message("Bis")
    String search_to();

    @Message("Freie Angebote suchen")
    String search_submit();

    @Message("{n} freie Angebote, die nächsten zuerst")
    String search_results(long n);

    @Message("Für diesen Zeitraum ist nichts Passendes frei. Versuchen Sie einen anderen Zeitraum oder einen größeren Umkreis.")
    String search_none();

    @Message("Abrechnung")
    String book_settlement();

    @Message("Einsatzort (Straße, Ort)")
    String book_site();

    @Message("Umfang in {#when unit}{#is 'HOUR'}Stunden{#is 'DAY'}Tagen{#is 'METRE'}Metern{#else}{unit}{/when}")
    String book_scope(String unit);

    @Message("Buchen")
    String book_button();

    @Message("Buchung nicht möglich")
    String book_refused_title();

    @Message("Zurück")
    String book_back();

    @Message("angeboten von {owner}")
    String offer_by(String owner);

    @Message("Dieses Angebot ist derzeit pausiert oder zurückgezogen und kann nicht gebucht werden.")
    String offer_not_active();

    @Message("Angaben")
    String offer_details();

    @Message("Beschreibung")
    String offer_description();

    @Message("Standort")
    String offer_depot();

    @Message("Abrechnungseinheit")
    String offer_unit();

    @Message("Buchbare Zeiten")
    String offer_hours();

    @Message("rund um die Uhr")
    String offer_around_the_clock();

    @Message("Rüstzeit danach")
    String offer_buffer();

    @Message("{n} Minuten")
    String offer_minutes(int n);

    @Message("Bestätigung")
    String offer_confirmation();

    @Message("sofort (automatisch bestätigt)")
    String offer_auto_confirm();

    @Message("durch den Anbieter")
    String offer_manual_confirm();

    @Message("Zustand")
    String offer_condition();

    @Message("Erforderliche Qualifikation")
    String offer_qualification();

    @Message("Qualifikationen")
    String offer_qualifications();

    @Message("Kapazität pro Tag")
    String offer_capacity();

    @Message("Kalender abonnieren")
    String offer_feed_title();

    @Message("Die Abo-Adresse wurde neu erzeugt. Ältere Abo-Adressen Ihres Mitglieds gelten ab sofort nicht mehr.")
    String offer_feed_created();

    @Message("Abo-Adresse (iCalendar) für Outlook, Thunderbird oder das Smartphone")
    String offer_feed_url();

    @Message("Erzeugen Sie eine Abo-Adresse, um die Buchungen dieses Angebots in Ihrem Kalenderprogramm zu sehen. Eine neue Adresse ersetzt die bisherigen Ihres Mitglieds.")
    String offer_feed_owner();

    @Message("Abo-Adresse erzeugen")
    String offer_feed_button();

    @Message("Die Abo-Adresse des Kalenders vergibt der Anbieter ({owner}).")
    String offer_feed_others(String owner);

    @Message("Kalender")
    String offer_calendar();

    @Message("Belegung ab der Woche vom {title}")
    String offer_calendar_caption(String title);

    @Message("Woche")
    String offer_week();

    @Message("Dieses Angebot buchen")
    String offer_book_title();

    @Message("Beginn")
    String book_start();

    @Message("Ende")
    String book_end();

    @Message("Bemerkung (freiwillig)")
    String book_note();

    @Message("Ihr Zeichen / Bestellnummer (freiwillig, erscheint auf Abrechnung und Rechnung)")
    String book_reference();

    @Message("Haushaltsstelle (freiwillig)")
    String book_cost_centre();

    @Message("Ihr Zeichen / Bestellnummer")
    String booking_reference();

    @Message("Haushaltsstelle")
    String booking_cost_centre();

    @Message("Bereitschaftsplan anlegen")
    String rota_title();

    @Message("Buchen Sie die Bereitschaft wiederkehrend, zum Beispiel jedes Wochenende von Freitag 15 Uhr bis Montag 7 Uhr.")
    String rota_intro();

    @Message("Erster Tag")
    String rota_from();

    @Message("Letzter Tag")
    String rota_until();

    @Message("An diesen Wochentagen beginnen")
    String rota_days();

    @Message("Beginn (Uhrzeit)")
    String rota_start_time();

    @Message("Ende (Uhrzeit)")
    String rota_end_time();

    @Message("Dauer in Tagen (Ende so viele Tage nach dem Beginn)")
    String rota_span();

    @Message("Belegte Termine überspringen und die freien buchen")
    String rota_skip();

    @Message("Bereitschaftsplan buchen")
    String rota_button();

    @Message("Bereitschaftsplan gebucht")
    String rota_done_title();

    @Message("{n} Termine gebucht.")
    String rota_booked(int n);

    @Message("Übersprungen, weil belegt oder gesperrt:")
    String rota_skipped();

    @Message("Meine Buchungen")
    String bookings_title();

    @Message("Buchungen Ihres Mitglieds als Anfragender, die neuesten zuerst.")
    String bookings_intro();

    @Message("Status")
    String bookings_status();

    @Message("{n} Buchungen")
    String bookings_count(long n);

    @Message("Keine Buchungen gefunden.")
    String bookings_none();

    @Message("Zeitraum")
    String bookings_period();

    @Message("Buchung: {title}")
    String booking_title(String title);

    @Message("Ihre Anfrage ist gesendet. Der Anbieter bestätigt sie; Sie werden per E-Mail benachrichtigt.")
    String booking_created();

    @Message("Die Buchung ist storniert.")
    String booking_cancelled();

    @Message("Verlauf")
    String booking_history();

    @Message("Zeitpunkt")
    String booking_when();

    @Message("Schritt")
    String booking_step();

    @Message("Grund")
    String booking_reason();

    @Message("Stornieren")
    String booking_cancel();

    @Message("Grund der Stornierung (freiwillig)")
    String booking_cancel_reason();

    @Message("Anbieter")
    String booking_provider_side();

    @Message("Anfragender")
    String booking_requester_side();

    @Message("Einsatzort")
    String booking_site();

    @Message("Umfang")
    String booking_scope();

    @Message("Tatsächliche Nutzung")
    String booking_usage();

    @Message("Späte Stornierung (weniger als 48 Stunden vorher)")
    String booking_late();

    @Message("Sie")
    String booking_you();

    @Message("ein anderes Mitglied")
    String booking_other_member();

    @Message("neu")
    String booking_new();

    @Message("Anfragen und Einsätze")
    String jobs_title();

    @Message("{#when step}{#is 'bestaetigen'}Die Anfrage ist bestätigt.{#is 'ablehnen'}Die Anfrage ist abgelehnt.{#is 'beginnen'}Ausgabe bzw. Beginn ist erfasst.{#is 'nicht-erschienen'}Als nicht in Anspruch genommen erfasst.{#is 'abschliessen'}Rückgabe bzw. Abschluss mit Nutzung ist erfasst.{#else}Erledigt.{/when}")
    String jobs_done(String step);

    @Message("Offene Anfragen")
    String jobs_requests();

    @Message("Keine offenen Anfragen.")
    String jobs_no_requests();

    @Message("Bestätigt: Ausgabe und Beginn")
    String jobs_upcoming();

    @Message("Keine bestätigten Einsätze.")
    String jobs_no_upcoming();

    @Message("Laufende Einsätze: Rückgabe und Abschluss")
    String jobs_running();

    @Message("Keine laufenden Einsätze.")
    String jobs_no_running();

    @Message("Bestätigen")
    String jobs_confirm();

    @Message("Ablehnen")
    String jobs_reject();

    @Message("Grund der Ablehnung (freiwillig)")
    String jobs_reject_reason();

    @Message("Ausgabe / Beginn erfassen")
    String jobs_start();

    @Message("Tatsächliche Nutzung in {#when unit}{#is 'HOUR'}Stunden{#is 'DAY'}Tagen{#is 'METRE'}Metern{#else}{unit}{/when}")
    String jobs_usage(String unit);

    @Message("Rückgabe / Abschluss erfassen")
    String jobs_complete();

    @Message("heute")
    String jobs_today();

    @Message("Zur Startseite")
    String back_to_start();

    @Message("Bitte prüfen Sie: {fields}.")
    String refusal_fields(String fields);

    @Message("{#when field}{#is 'title'}Titel{#is 'category'}Kategorie{#is 'description'}Beschreibung"
            + "{#is 'sectors'}Sparten{#is 'unit'}Abrechnungseinheit{#is 'bufferMinutes'}Rüstzeit"
            + "{#is 'settlementModes'}Abrechnung{#is 'conditionNotes'}Zustand{#is 'requiredQualification'}Erforderliche Qualifikation"
            + "{#is 'qualifications'}Qualifikationen{#is 'capacityPerDay'}Kapazität pro Tag{#is 'windows'}Zeitfenster"
            + "{#is 'reason'}Grund{#is 'start'}Beginn{#is 'end'}Ende{#is 'name'}Name{#is 'kind'}Art"
            + "{#is 'leitwegId'}Leitweg-ID{#is 'contactEmail'}E-Mail-Adresse{#is 'contactPhone'}Telefon"
            + "{#is 'address'}Anschrift{#is 'depots'}Bauhof{#is 'firstAdmin'}Erste Verwaltung{#is 'rates'}Verrechnungssätze"
            + "{#is 'settlementTerms'}Toleranz{#is 'url'}Adresse (URL){#is 'eventTypes'}Ereignisse{#is 'addresses'}Weitere Adressen"
            + "{#is 'roles'}Rollen{#is 'taxNumber'}Steuernummer{#is 'vatId'}USt-IdNr.{#is 'iban'}IBAN{#is 'bic'}BIC{#else}{field}{/when}")
    String field(String field);

    @Message("{#when status}{#is 'ACTIVE'}aktiv{#is 'PAUSED'}pausiert{#is 'RETIRED'}zurückgezogen{#else}{status}{/when}")
    String offer_status(String status);

    @Message("Pool")
    String pool();

    @Message("{#when mode}{#is 'MONETARY'}in Geld{#is 'NON_MONETARY'}gegenseitige Hilfe{#else}{mode}{/when}")
    String settlement_short(String mode);

    @Message("{h} Std.")
    String hours(String h);
}
