package de.dienstleistungspool.municipality.settlement.service;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import de.dienstleistungspool.municipality.settlement.domain.UsageUnit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Renders a statement as a signable PDF (A4 landscape) from the XHTML template in {@code templates/settlement/}.
 */
public final class StatementPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Berlin"));

    private StatementPdf() {
    }

    public static byte[] render(Statement s) {
        String html = template()
                .replace("{{title}}", esc((s.memberId() == null ? "Regionsabrechnung " : "Abrechnung ") + s.sectorName() + " " + s.year()))
                .replace("{{footer}}", esc("Dienstleistungspool " + s.regionName() + " - erstellt " + STAMP.format(s.createdAt())))
                .replace("{{meta}}", meta(s))
                .replace("{{status}}", esc(s.closed() ? "Jahr abgeschlossen am " + STAMP.format(s.closedAt()) + " (Verrechnung: "
                        + ("MULTILATERAL".equals(s.netting()) ? "multilateral über den Pool" : "bilateral") + ")"
                        : "Vorläufig: das Jahr ist noch nicht abgeschlossen."))
                .replace("{{tolerance}}", StatementCsv.num(s.toleranceHours()))
                .replace("{{counterparties}}", counterparties(s))
                .replace("{{payments}}", payments(s))
                .replace("{{totals}}", totals(s))
                .replace("{{lineCount}}", String.valueOf(s.lines().size()))
                .replace("{{lines}}", lines(s));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String meta(Statement s) {
        StringBuilder m = new StringBuilder();
        cellRow(m, "Region", s.regionName());
        if (s.memberId() != null) {
            cellRow(m, "Mitglied", s.memberName());
            cellRow(m, "Leitweg-ID", s.leitwegId() == null ? "-" : s.leitwegId());
        }
        cellRow(m, "Sparte", s.sectorName() + " (eigener Gebührenhaushalt)");
        cellRow(m, "Abrechnungsjahr", String.valueOf(s.year()));
        return m.toString();
    }

    private static String counterparties(Statement s) {
        StringBuilder b = new StringBuilder();
        s.counterparties().forEach(c -> b.append(tr(esc(c.name()), esc(c.counterpartyName()), n(c.netHours()), n(c.netValue()),
                treatment(c.treatment()), n(c.payable()))));
        return b.length() == 0 ? "<tr><td colspan=\"6\">Keine nicht-monetären Leistungen.</td></tr>" : b.toString();
    }

    private static String payments(Statement s) {
        StringBuilder b = new StringBuilder();
        s.payments().forEach(p -> b.append(tr("<span class=\"id\">" + p.paymentId() + "</span>", p.netting(), esc(p.payerName()),
                esc(p.payeeName()), n(p.amount()), p.binding() ? "ja" : "nein")));
        return b.length() == 0 ? "<tr><td colspan=\"6\">" + (s.closed() ? "Keine Zahlungen." : "Erst nach dem Jahresabschluss.") + "</td></tr>" : b.toString();
    }

    private static String totals(Statement s) {
        var t = s.totals();
        String notYet = Statement.Totals.NOT_YET_VALUED;
        return tr("Monetär abgerechnete Leistungen (Summe EUR)", t.monetaryComplete() ? n(t.monetaryNet())
                        : notYet + " (" + t.unvaluedMonetaryLines() + " Zeilen ohne Satz; bewertete Zeilen " + n(t.monetaryNet()) + ")")
                + (t.nonMonetaryNetHours() == null ? "" : tr("Saldo nicht-monetär (Std.)", n(t.nonMonetaryNetHours()))
                + tr("Saldo nicht-monetär (EUR)", t.nonMonetaryComplete() ? n(t.nonMonetaryNetValue())
                        : notYet + " (" + t.unvaluedNonMonetaryLines() + " Zeilen ohne Satz; bewertete Zeilen " + n(t.nonMonetaryNetValue()) + ")"))
                + (t.yearEndPosition() == null ? "" : "<tr class=\"sum\"><td>Position aus dem Jahresabschluss (EUR; positiv: erhält)</td><td class=\"n\">"
                + n(t.yearEndPosition()) + "</td></tr>");
    }

    private static String lines(Statement s) {
        StringBuilder b = new StringBuilder();
        for (Statement.Line l : s.lines()) {
            b.append(tr(l.date() == null ? "" : DATE.format(l.date()), "<span class=\"id\">" + (l.bookingId() == null ? "Übertrag" : l.bookingId()) + "</span>",
                    l.kind(), l.mode(), esc(l.memberName()), esc(l.counterpartyName()), esc(l.offerTitle()), esc(l.category()),
                    n(l.quantity()), UsageUnit.valueOf(l.unit()).label(), n(l.rate()),
                    l.valued() ? n(l.amount()) : Statement.Totals.NOT_YET_VALUED));
        }
        return b.length() == 0 ? "<tr><td colspan=\"12\">Keine Buchungen.</td></tr>" : b.toString();
    }

    private static String treatment(String t) {
        return switch (t) {
            case "BALANCED" -> "ausgeglichen";
            case "FORGIVEN" -> "erlassen (Toleranz)";
            case "CARRIED_OVER" -> "vorgetragen (Toleranz)";
            case "PAID" -> "in Geld ausgeglichen";
            default -> "offen";
        };
    }

    private static String tr(String... cells) {
        StringBuilder b = new StringBuilder("<tr>");
        for (String c : cells) {
            boolean numeric = c != null && c.matches("-?[0-9]+(,[0-9]+)?");
            b.append(numeric ? "<td class=\"n\">" : "<td>").append(c == null ? "" : c).append("</td>");
        }
        return b.append("</tr>").toString();
    }

    private static void cellRow(StringBuilder b, String label, String value) {
        b.append("<tr><td>").append(esc(label)).append("</td><td><b>").append(esc(value)).append("</b></td></tr>");
    }

    private static String n(java.math.BigDecimal v) {
        return StatementCsv.num(v);
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String template() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("templates/settlement/statement.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("statement template missing", e);
        }
    }
}
