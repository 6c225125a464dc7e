package de.dienstleistungspool.municipality.settlement.rest;

import de.dienstleistungspool.municipality.settlement.domain.CloseComputation;
import de.dienstleistungspool.municipality.settlement.domain.PairResult;
import de.dienstleistungspool.municipality.settlement.domain.Payment;
import de.dienstleistungspool.municipality.settlement.domain.Payment.Netting;
import de.dienstleistungspool.municipality.settlement.service.YearCloseService;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The JSON shapes of the year-end close.
 */
public final class CloseViews {

    private CloseViews() {
    }

    /** A pair's netted balance: positive {@code payable} means B pays A. */
    public record PairView(String sector, UUID memberA, UUID memberB, BigDecimal netHours, BigDecimal netValueTime,
                           BigDecimal netValueMetre, String treatment, BigDecimal payable, int lines) {
    }

    /** A payment; a null payer or payee is the pool. */
    public record PaymentView(UUID id, String sector, String netting, UUID payerId, UUID payeeId, BigDecimal amount) {
    }

    /** A member's net position in a sector: positive means it receives. */
    public record PositionView(String sector, UUID memberId, BigDecimal position) {
    }

    /**
     * A dry run ({@code closed=false}) or a close. A dry run also says whether the real close is allowed now
     * ({@code closeAllowed}), from when on ({@code closeAllowedFrom}: end of year plus the grace period) and what
     * refuses it ({@code refusals}); a close leaves the three null.
     */
    public record CloseView(UUID regionId, int year, boolean closed, String netting, BigDecimal toleranceHours,
                            String remainder, long lineCount, List<PairView> pairs, List<PaymentView> bilateralPayments,
                            List<PaymentView> multilateralPayments, List<PositionView> positions, Boolean closeAllowed,
                            Instant closeAllowedFrom, List<String> refusals) {

        public static CloseView preview(YearCloseService.Preview p) {
            CloseView v = of(p.computation(), false, null);
            return new CloseView(v.regionId, v.year, false, null, v.toleranceHours, v.remainder, v.lineCount, v.pairs,
                    v.bilateralPayments, v.multilateralPayments, v.positions, p.closeAllowed(), p.closeAllowedFrom(), p.refusals());
        }

        public static CloseView of(CloseComputation c, boolean closed, Netting netting) {
            List<PositionView> positions = new ArrayList<>();
            c.positions().forEach((sector, members) -> members.forEach((m, p) -> positions.add(new PositionView(sector.name(), m, p))));
            return new CloseView(c.regionId(), c.year(), closed, netting == null ? null : netting.name(), c.terms().toleranceHours(),
                    c.terms().remainder(), c.lineCount(), c.pairs().stream().map(CloseView::pair).toList(),
                    c.bilateral().stream().map(CloseView::payment).toList(), c.multilateral().stream().map(CloseView::payment).toList(),
                    positions, null, null, null);
        }

        private static PairView pair(PairResult r) {
            var b = r.balance();
            return new PairView(b.sector().name(), b.memberA(), b.memberB(), b.netHours(), b.netValueTime(), b.netValueMetre(),
                    r.treatment().name(), r.payable(), b.lines());
        }

        private static PaymentView payment(Payment p) {
            return new PaymentView(p.id(), p.sector().name(), p.netting().name(), p.payerId(), p.payeeId(), p.amount());
        }
    }
}
