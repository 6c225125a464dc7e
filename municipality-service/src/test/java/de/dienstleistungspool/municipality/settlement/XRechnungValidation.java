package de.dienstleistungspool.municipality.settlement;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.mustangproject.validator.ZUGFeRDValidator;

/**
 * Runs Mustang's validator (XRechnung schematron of KoSIT, offline) on an invoice the service produced.
 */
final class XRechnungValidation {

    private XRechnungValidation() {
    }

    static void assertValid(String xml, String name) {
        String report = validate(xml, name);
        assertTrue(report.contains("<summary status=\"valid\"/>") && !report.contains("status=\"invalid\""), report);
    }

    /** The validator's report of the XML, kept as target/xrechnung-{name}.xml for inspection. */
    static String validate(String xml, String name) {
        try {
            Path file = Path.of("target", "xrechnung-" + name + ".xml");
            Files.createDirectories(file.getParent());
            Files.writeString(file, xml);
            return new ZUGFeRDValidator().validate(file.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
