package de.dienstleistungspool.municipality.settlement.domain;

/**
 * The unit a usage quantity and its rate are measured in.
 */
public enum UsageUnit {
    HOUR("Std.", "HUR"), DAY("Tag(e)", "DAY"), METRE("m", "MTR");

    private final String label;
    private final String unece;

    UsageUnit(String label, String unece) {
        this.label = label;
        this.unece = unece;
    }

    /** Short German label for statements. */
    public String label() {
        return label;
    }

    /** UN/ECE Recommendation 20 unit code for e-invoices. */
    public String unece() {
        return unece;
    }
}
