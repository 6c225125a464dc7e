package de.dienstleistungspool.municipality.settlement.service;

import de.dienstleistungspool.platform.text.CsvCells;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writes a statement as CSV that a German Excel opens correctly: UTF-8 with BOM, semicolons, decimal commas, CRLF;
 * every cell through {@link CsvCells}, so member-supplied text never runs as a formula.
 */
public final class StatementCsv {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private StatementCsv() {
    }

    public static byte[] write(Statement s) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, s.memberId() == null ? "Regionsabrechnung" : "Abrechnung", s.memberName() == null ? s.regionName() : s.memberName(),
                "Jahr", String.valueOf(s.year()), "Sparte", s.sectorName(), "Stand", s.closed() ? "abgeschlossen" : "vorläufig",
                "Leitweg-ID", s.leitwegId());
        csv.append("\r\n");
        row(csv, "Datum", "Buchung", "Eintrag", "Art", "Abrechnung", "Mitglied", "Gegenpartei", "Leistung", "Kategorie",
                "Menge", "Einheit", "Satz EUR", "Betrag EUR", "Ihr Zeichen / Bestellnummer", "Haushaltsstelle");
        for (Statement.Line l : s.lines()) {
            row(csv, l.date() == null ? "" : DATE.format(l.date()), str(l.bookingId()), str(l.entryId()), l.kind(), l.mode(),
                    l.memberName(), l.counterpartyName(), l.offerTitle(), l.category(), num(l.quantity()), l.unit(), num(l.rate()),
                    l.valued() ? num(l.amount()) : Statement.Totals.NOT_YET_VALUED, l.externalReference(), l.costCentre());
        }
        csv.append("\r\n");
        row(csv, "Mitglied", "Gegenpartei", "Saldo Std.", "Saldo EUR", "Behandlung", "Zahlbar EUR");
        for (Statement.Counterparty c : s.counterparties()) {
            row(csv, c.name(), c.counterpartyName(), num(c.netHours()), num(c.netValue()), c.treatment(), num(c.payable()));
        }
        if (!s.payments().isEmpty()) {
            csv.append("\r\n");
            row(csv, "Zahlung", "Verfahren", "Zahler", "Empfänger", "Betrag EUR", "verbindlich");
            for (Statement.PaymentLine p : s.payments()) {
                row(csv, str(p.paymentId()), p.netting(), p.payerName(), p.payeeName(), num(p.amount()), p.binding() ? "ja" : "nein");
            }
        }
        csv.append("\r\n");
        Statement.Totals t = s.totals();
        row(csv, "Summe monetär EUR", t.monetaryComplete() ? num(t.monetaryNet()) : Statement.Totals.NOT_YET_VALUED,
                "Saldo nicht-monetär Std.", num(t.nonMonetaryNetHours()), "Saldo nicht-monetär EUR",
                t.nonMonetaryComplete() || t.nonMonetaryNetValue() == null ? num(t.nonMonetaryNetValue()) : Statement.Totals.NOT_YET_VALUED,
                "Position Jahresabschluss EUR", num(t.yearEndPosition()));
        if (!t.monetaryComplete() || !t.nonMonetaryComplete()) {
            row(csv, "Noch nicht bewertete Zeilen", String.valueOf(t.unvaluedMonetaryLines() + t.unvaluedNonMonetaryLines()),
                    "davon monetär", String.valueOf(t.unvaluedMonetaryLines()), "Summe monetär der bewerteten Zeilen EUR", num(t.monetaryNet()),
                    "Hinweis", "Verrechnungssatz des Jahres fehlt; bewertet, sobald die Koordination die Sätze veröffentlicht");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** German number: decimal comma, no grouping, as many decimals as the value has (at least two for money). */
    public static String num(BigDecimal v) {
        if (v == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("0.00#", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        f.setParseBigDecimal(true);
        return f.format(v);
    }

    private static void row(StringBuilder csv, String... cells) {
        List<String> list = Arrays.stream(cells).map(c -> c == null ? "" : c).toList();
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append(CsvCells.cell(list.get(i), ';'));
        }
        csv.append("\r\n");
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
