package de.dienstleistungspool.municipality.settlement.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A settlement statement for accounting: a member's (or, with {@code memberId} null, the region's) year in one
 * sector, every figure traceable to the booking ids of its lines.
 *
 * @param closed whether the year is closed (final) or the statement is provisional
 */
public record Statement(UUID regionId, String regionName, UUID memberId, String memberName, String leitwegId, int year,
                        String sector, String sectorName, boolean closed, Instant closedAt, String netting,
                        BigDecimal toleranceHours, List<Line> lines, List<Counterparty> counterparties,
                        List<PaymentLine> payments, Totals totals, Instant createdAt) {

    /**
     * One ledger line, signed from the statement's member (region: from the provider); {@code valued} is false (rate
     * and amount null) while the year has no rate for it; {@code externalReference} and {@code costCentre} are the
     * client's own order number and cost centre.
     */
    public record Line(LocalDate date, UUID bookingId, UUID entryId, String kind, String mode, String memberName,
                       String counterpartyName, String offerTitle, String category, BigDecimal quantity, String unit,
                       BigDecimal rate, BigDecimal amount, boolean valued, String externalReference, String costCentre) {
    }

    /** The non-monetary balance with one counterparty (region: per pair) and what the close did with it. */
    public record Counterparty(UUID memberId, String name, UUID counterpartyId, String counterpartyName,
                               BigDecimal netHours, BigDecimal netValue, String treatment, BigDecimal payable) {
    }

    /** A payment computed by the close (positive amount; {@code receives} from the member's view). */
    public record PaymentLine(UUID paymentId, String netting, String payerName, String payeeName, BigDecimal amount,
                              boolean binding) {
    }

    /**
     * Sums of the statement. The EUR sums cover valued lines only: while {@code unvaluedMonetaryLines} (or, before the
     * close, {@code unvaluedNonMonetaryLines}) is above zero the sum is "noch nicht bewertet" (not yet valued).
     */
    public record Totals(BigDecimal monetaryNet, BigDecimal nonMonetaryNetHours, BigDecimal nonMonetaryNetValue,
                         BigDecimal yearEndPosition, int lineCount, int unvaluedMonetaryLines, int unvaluedNonMonetaryLines) {

        /** The German note for a sum that still lacks unvalued lines. */
        public static final String NOT_YET_VALUED = "noch nicht bewertet";

        public boolean monetaryComplete() {
            return unvaluedMonetaryLines == 0;
        }

        public boolean nonMonetaryComplete() {
            return unvaluedNonMonetaryLines == 0;
        }
    }
}
