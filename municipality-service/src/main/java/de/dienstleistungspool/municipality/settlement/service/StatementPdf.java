package de.dienstleistungspool.municipality.settlement.service;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import de.dienstleistungspool.municipality.settlement.domain.UsageUnit;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a statement as a signable PDF (A4 landscape) from the type-safe Qute template
 * {@code templates/settlement/statement.html}: every value is data, escaped by Qute and never read as template text,
 * so a member called {@code {{lines}}} is printed as that name.
 */
public final class StatementPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Berlin"));

    /** The template, checked against {@link Page} when the service is built. */
    @CheckedTemplate(basePath = "settlement")
    static class Templates {
        static native TemplateInstance statement(Page page);
    }

    /** Everything the page shows, as text. */
    public record Page(String title, String footer, List<Row> meta, String status, String tolerance, List<Row> counterparties,
                       List<Row> payments, String noPayments, List<Row> totals, int lineCount, List<Row> lines) {
    }

    /**
     * A table row; {@code sum} rows are set in bold; {@code detail} (null for none) is printed in a row of its own
     * below it across the table, e.g. the client's reference of a booking line.
     */
    public record Row(List<Cell> cells, boolean sum, String detail) {

        public Row(List<Cell> cells, boolean sum) {
            this(cells, sum, null);
        }
    }

    /** A table cell: numbers right-aligned, ids in a small fixed font. */
    public record Cell(String text, boolean numeric, boolean id) {
    }

    private StatementPdf() {
    }

    public static byte[] render(Statement s) {
        String html = Templates.statement(page(s)).render();
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

    static Page page(Statement s) {
        List<Row> meta = new ArrayList<>();
        meta.add(row("Region", s.regionName()));
        if (s.memberId() != null) {
            meta.add(row("Mitglied", s.memberName()));
            meta.add(row("Leitweg-ID", s.leitwegId() == null ? "-" : s.leitwegId()));
        }
        meta.add(row("Sparte", s.sectorName() + " (eigener Gebührenhaushalt)"));
        meta.add(row("Abrechnungsjahr", String.valueOf(s.year())));
        String status = s.closed() ? "Jahr abgeschlossen am " + STAMP.format(s.closedAt()) + " (Verrechnung: "
                + ("MULTILATERAL".equals(s.netting()) ? "multilateral über den Pool" : "bilateral") + ")"
                : "Vorläufig: das Jahr ist noch nicht abgeschlossen.";
        List<Row> counterparties = s.counterparties().stream().map(c -> row(c.name(), c.counterpartyName(), n(c.netHours()),
                n(c.netValue()), treatment(c.treatment()), n(c.payable()))).toList();
        List<Row> payments = s.payments().stream().map(p -> new Row(List.of(new Cell(String.valueOf(p.paymentId()), false, true),
                text(p.netting()), text(p.payerName()), text(p.payeeName()), number(n(p.amount())), text(p.binding() ? "ja" : "nein")), false)).toList();
        List<Row> lines = s.lines().stream().map(l -> new Row(List.of(text(l.date() == null ? "" : DATE.format(l.date())),
                new Cell(l.bookingId() == null ? "Übertrag" : l.bookingId().toString(), false, true), text(l.kind()), text(l.mode()),
                text(l.memberName()), text(l.counterpartyName()), text(l.offerTitle()), text(l.category()),
                number(n(l.quantity())),
                text(UsageUnit.valueOf(l.unit()).label()), number(n(l.rate())),
                number(l.valued() ? n(l.amount()) : Statement.Totals.NOT_YET_VALUED)), false, reference(l))).toList();
        return new Page((s.memberId() == null ? "Regionsabrechnung " : "Abrechnung ") + s.sectorName() + " " + s.year(),
                "Dienstleistungspool " + s.regionName() + " - erstellt " + STAMP.format(s.createdAt()), meta, status,
                StatementCsv.num(s.toleranceHours()), counterparties, payments,
                s.closed() ? "Keine Zahlungen." : "Erst nach dem Jahresabschluss.", totals(s), s.lines().size(), lines);
    }

    private static List<Row> totals(Statement s) {
        var t = s.totals();
        String notYet = Statement.Totals.NOT_YET_VALUED;
        List<Row> rows = new ArrayList<>();
        rows.add(row("Monetär abgerechnete Leistungen (Summe EUR)", t.monetaryComplete() ? n(t.monetaryNet())
                : notYet + " (" + t.unvaluedMonetaryLines() + " Zeilen ohne Satz; bewertete Zeilen " + n(t.monetaryNet()) + ")"));
        if (t.nonMonetaryNetHours() != null) {
            rows.add(row("Saldo nicht-monetär (Std.)", n(t.nonMonetaryNetHours())));
            rows.add(row("Saldo nicht-monetär (EUR)", t.nonMonetaryComplete() ? n(t.nonMonetaryNetValue())
                    : notYet + " (" + t.unvaluedNonMonetaryLines() + " Zeilen ohne Satz; bewertete Zeilen " + n(t.nonMonetaryNetValue()) + ")"));
        }
        if (t.yearEndPosition() != null) {
            rows.add(new Row(List.of(text("Position aus dem Jahresabschluss (EUR; positiv: erhält)"), number(n(t.yearEndPosition()))), true));
        }
        return rows;
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

    /** A row of text cells; cells that hold a number (as formatted here) are right-aligned. */
    private static Row row(String... cells) {
        List<Cell> list = new ArrayList<>();
        for (String c : cells) {
            list.add(c != null && c.matches("-?[0-9]+(,[0-9]+)?") ? number(c) : text(c));
        }
        return new Row(list, false);
    }

    /** The client's reference of a line as one line of text, or null if it has none. */
    private static String reference(Statement.Line l) {
        if (l.externalReference() == null && l.costCentre() == null) {
            return null;
        }
        return (l.externalReference() == null ? "" : "Ihr Zeichen / Bestellnummer: " + l.externalReference())
                + (l.externalReference() != null && l.costCentre() != null ? " · " : "")
                + (l.costCentre() == null ? "" : "Haushaltsstelle: " + l.costCentre());
    }

    private static Cell text(String text) {
        return new Cell(text == null ? "" : text, false, false);
    }

    private static Cell number(String text) {
        return new Cell(text, true, false);
    }

    private static String n(BigDecimal v) {
        return StatementCsv.num(v);
    }
}
