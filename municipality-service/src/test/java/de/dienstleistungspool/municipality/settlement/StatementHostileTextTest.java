package de.dienstleistungspool.municipality.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.municipality.settlement.service.Statement;
import de.dienstleistungspool.municipality.settlement.service.StatementCsv;
import de.dienstleistungspool.municipality.settlement.service.StatementPdf;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Text from members in statements is data, never instructions: a member called {@code {{lines}}} is printed literally
 * (the PDF keeps its page count), and offer titles that a spreadsheet would run as formulas come out as text.
 */
@QuarkusTest
class StatementHostileTextTest {

    @Test
    void aMemberCalledLinesAppearsLiterallyAndThePdfKeepsItsPageCount() throws Exception {
        byte[] plain = StatementPdf.render(statement("Gemeinde Ringgau", "Kanal-TV-Kamera", 60));
        byte[] hostile = StatementPdf.render(statement("{{lines}}", "{{lines}} {lines} <b>&amp;", 60));
        try (PDDocument p = Loader.loadPDF(plain); PDDocument h = Loader.loadPDF(hostile)) {
            assertEquals(p.getNumberOfPages(), h.getNumberOfPages(), "the name did not pull the booking table in again");
            String text = new PDFTextStripper().getText(h);
            assertEquals(countOf(new PDFTextStripper().getText(p), "Gemeinde Ringgau") + countOf(new PDFTextStripper().getText(p), "Kanal-TV-Kamera"),
                    countOf(text, "{{lines}}"), "the name and the title are printed as written, once per place: " + text);
            assertTrue(text.contains("{{lines}} {lines} <b>&amp;"), "titles are printed as written");
        }
    }

    @Test
    void titlesThatWouldRunAsFormulasAreNeutralisedInTheCsv() {
        String csv = new String(StatementCsv.write(statement("=cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil.example\";\"klick\")", 1)),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains(";\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"klick\"\")\";"), csv);
        assertTrue(csv.contains("'=cmd|' /C calc'!A0"), csv);
        String minus = new String(StatementCsv.write(statement("@SUM(A1)", "-1+1", 1)), StandardCharsets.UTF_8);
        assertTrue(minus.contains(";'-1+1;"), minus);
        assertTrue(minus.contains("'@SUM(A1)"), minus);
        assertTrue(minus.contains(";-250,00"), "negative amounts stay numbers: " + minus);
        for (String line : (csv + minus).split("\r\n")) {
            for (String cell : line.split(";")) {
                String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertFalse(!bare.isEmpty() && "=+@".indexOf(bare.charAt(0)) >= 0, "cell starts a formula: " + cell);
            }
        }
    }

    private static int countOf(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    /** A member's statement with {@code lines} monetary lines of the given offer title. */
    private static Statement statement(String memberName, String offerTitle, int lines) {
        List<Statement.Line> list = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            list.add(new Statement.Line(LocalDate.of(2025, 5, 6), UUID.randomUUID(), UUID.randomUUID(), "CONSUMED", "MONETARY",
                    memberName, "Stadt Eschwege", offerTitle, "SEWER_TV_CAMERA", new BigDecimal("2.00"), "DAY",
                    new BigDecimal("125.00"), new BigDecimal("-250.00"), true, null, null));
        }
        return new Statement(UUID.randomUUID(), "Werra-Meißner-Kreis", UUID.randomUUID(), memberName, "06636003-TST1-12", 2025,
                "WASTEWATER", "Abwasserbeseitigung", false, null, null, new BigDecimal("8"), list, List.of(), List.of(),
                new Statement.Totals(new BigDecimal("-250.00").multiply(BigDecimal.valueOf(lines)), null, null, null, lines, 0, 0), Instant.now());
    }
}
