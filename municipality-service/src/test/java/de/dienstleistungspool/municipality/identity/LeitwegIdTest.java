package de.dienstleistungspool.municipality.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.municipality.domain.LeitwegId;
import org.junit.jupiter.api.Test;

/** The Leitweg-ID check against the XRechnung format and ISO 7064 MOD 97-10, with the KoSIT test Leitweg-ID. */
class LeitwegIdTest {

    @Test
    void acceptsTheKositTestLeitwegId() {
        assertTrue(LeitwegId.problemWith("991-33333TEST-33").isEmpty());
        assertEquals("33", LeitwegId.checkDigits("99133333TEST"));
    }

    @Test
    void acceptsCoarseOnlyAndLowerCaseFineAddresses() {
        assertTrue(LeitwegId.problemWith(LeitwegId.of("06636003", null)).isEmpty());
        assertTrue(LeitwegId.problemWith("991-33333test-33").isEmpty());
    }

    @Test
    void refusesWrongCheckDigits() {
        assertTrue(LeitwegId.problemWith("991-33333TEST-34").orElseThrow().contains("check digits"));
        assertTrue(LeitwegId.problemWith("06636003-ESW-12").orElseThrow().contains("93"));
    }

    @Test
    void refusesMalformedValues() {
        for (String bad : new String[] {"", "1-ABC-33", "1234567890123-33", "991-33333TEST", "991_33333TEST_33",
                "991-" + "A".repeat(31) + "-33", "991-333 33-33", "991-33333TEST-3", "abc-33333TEST-33"}) {
            assertTrue(LeitwegId.problemWith(bad).orElseThrow().contains("format"), bad);
        }
    }
}
