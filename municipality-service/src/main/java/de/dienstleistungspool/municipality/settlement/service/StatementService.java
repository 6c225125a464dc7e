package de.dienstleistungspool.municipality.settlement.service;

import de.dienstleistungspool.municipality.settlement.config.SettlementConfig;
import de.dienstleistungspool.municipality.settlement.domain.LedgerLine;
import de.dienstleistungspool.municipality.settlement.domain.LedgerLineRepository;
import de.dienstleistungspool.municipality.settlement.domain.MemberDirectory;
import de.dienstleistungspool.municipality.settlement.domain.PairResult;
import de.dienstleistungspool.municipality.settlement.domain.Payment;
import de.dienstleistungspool.municipality.settlement.domain.Sector;
import de.dienstleistungspool.municipality.settlement.domain.SettlementMode;
import de.dienstleistungspool.municipality.settlement.domain.UsageUnit;
import de.dienstleistungspool.municipality.settlement.domain.ClosedYearRepository;
import de.dienstleistungspool.municipality.settlement.domain.ClosedYearRepository.StoredClose;
import de.dienstleistungspool.municipality.settlement.service.Statement.Counterparty;
import de.dienstleistungspool.municipality.settlement.service.Statement.Line;
import de.dienstleistungspool.municipality.settlement.service.Statement.PaymentLine;
import de.dienstleistungspool.municipality.settlement.service.Statement.Totals;
import de.dienstleistungspool.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Assembles statements from the ledger and, once the year is closed, from the stored close.
 */
@ApplicationScoped
public class StatementService {

    @Inject
    LedgerLineRepository ledger;

    @Inject
    MemberDirectory directory;

    @Inject
    ClosedYearRepository closedYears;

    @Inject
    SettlementConfig config;

    /** A member's statement, or the region's when {@code memberId} is null. */
    @Transactional
    public Statement statement(UUID regionId, UUID memberId, int year, Sector sector) {
        Map<UUID, String> names = directory.memberNames(regionId);
        Optional<StoredClose> close = closedYears.find(regionId, year);
        List<Line> lines = new ArrayList<>();
        BigDecimal monetary = BigDecimal.ZERO;
        int unvaluedMonetary = 0;
        int unvaluedNonMonetary = 0;
        Map<UUID, BigDecimal[]> live = new LinkedHashMap<>();
        for (LedgerLine l : ledger.search(regionId, memberId, year, sector, null).list()) {
            BigDecimal q = l.signedQuantity();
            BigDecimal a = memberId == null ? l.valueAmount() : l.signedAmount();
            lines.add(new Line(l.usageEnd == null ? null : l.usageEnd.atZone(LedgerService.BERLIN).toLocalDate(), l.bookingId,
                    l.entryId, l.entryKind.name(), l.settlementMode.name(), names.get(l.memberId), names.get(l.counterpartyId),
                    l.offerTitle, l.category, memberId == null ? l.quantity : q, l.unit.name(), l.valueRate(), a, a != null,
                    l.externalReference, l.costCentre));
            if (a == null) {
                if (l.settlementMode == SettlementMode.MONETARY) {
                    unvaluedMonetary++;
                } else {
                    unvaluedNonMonetary++;
                }
            }
            if (l.settlementMode == SettlementMode.MONETARY && a != null) {
                monetary = monetary.add(a);
            } else if (l.settlementMode == SettlementMode.NON_MONETARY && memberId != null) {
                BigDecimal[] sums = live.computeIfAbsent(l.counterpartyId, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sums[0] = sums[0].add(hours(l.unit, q));
                sums[1] = sums[1].add(a == null ? BigDecimal.ZERO : a);
            }
        }
        List<Counterparty> counterparties = new ArrayList<>();
        List<PaymentLine> payments = new ArrayList<>();
        BigDecimal position = null;
        if (close.isPresent()) {
            var c = close.get().computation();
            for (PairResult r : c.pairs()) {
                var b = r.balance();
                if (b.sector() != sector || (memberId != null && !memberId.equals(b.memberA()) && !memberId.equals(b.memberB()))) {
                    continue;
                }
                boolean flip = memberId != null && memberId.equals(b.memberB());
                UUID self = flip ? b.memberB() : b.memberA();
                UUID other = flip ? b.memberA() : b.memberB();
                counterparties.add(new Counterparty(self, names.get(self), other, names.get(other), sign(b.netHours(), flip),
                        sign(b.netValueTime().add(b.netValueMetre()), flip), r.treatment().name(), sign(r.payable(), flip)));
            }
            List<Payment> all = new ArrayList<>(c.bilateral());
            all.addAll(c.multilateral());
            for (Payment p : all) {
                if (p.sector() == sector && (memberId == null || memberId.equals(p.payerId()) || memberId.equals(p.payeeId()))) {
                    payments.add(new PaymentLine(p.id(), p.netting().name(), pool(names, p.payerId()), pool(names, p.payeeId()),
                            p.amount(), p.netting() == close.get().netting()));
                }
            }
            if (memberId != null) {
                position = c.positions().getOrDefault(sector, Map.of()).getOrDefault(memberId, BigDecimal.ZERO);
            }
        } else {
            live.forEach((other, sums) -> counterparties.add(new Counterparty(memberId, names.get(memberId), other, names.get(other),
                    sums[0], sums[1], "OPEN", null)));
        }
        BigDecimal netHours = counterparties.stream().map(Counterparty::netHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal netValue = counterparties.stream().map(Counterparty::netValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        var member = memberId == null ? null : directory.member(memberId).orElseThrow(() -> ProblemException.notFound("Member", memberId));
        return new Statement(regionId, directory.regionName(regionId).orElse(""), memberId, member == null ? null : member.name(),
                member == null ? null : member.leitwegId(), year, sector.name(), sector.german(), close.isPresent(),
                close.map(StoredClose::closedAt).orElse(null), close.map(s -> s.netting().name()).orElse(null),
                close.map(s -> s.computation().terms().toleranceHours()).orElse(directory.terms(regionId, year).toleranceHours()),
                lines, counterparties, payments,
                new Totals(monetary, memberId == null ? null : netHours, memberId == null ? null : netValue, position, lines.size(),
                        unvaluedMonetary, close.isPresent() ? 0 : unvaluedNonMonetary),
                Instant.now());
    }

    /** Region and member of a stored statement, or empty. */
    @Transactional
    public Optional<Object[]> statementRef(UUID statementId) {
        return closedYears.statementRef(statementId);
    }

    private BigDecimal hours(UsageUnit unit, BigDecimal quantity) {
        return switch (unit) {
            case HOUR -> quantity;
            case DAY -> quantity.multiply(config.hoursPerDay());
            case METRE -> BigDecimal.ZERO;
        };
    }

    private static String pool(Map<UUID, String> names, UUID member) {
        return member == null ? "Pool (Koordinationsstelle)" : names.getOrDefault(member, member.toString());
    }

    private static BigDecimal sign(BigDecimal v, boolean flip) {
        return flip ? v.negate() : v;
    }
}
