package de.dienstleistungspool.municipality.settlement.domain;

import de.dienstleistungspool.municipality.settlement.domain.MemberDirectory.Terms;
import de.dienstleistungspool.municipality.settlement.domain.PairResult.Treatment;
import de.dienstleistungspool.municipality.settlement.domain.Payment.Netting;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The arithmetic of the year-end close, free of I/O: tolerance, carry-over, bilateral payments and the
 * multilateral positions against the pool. Sectors are never mixed.
 */
public final class NettingCalculator {

    private NettingCalculator() {
    }

    /** Decides each pair's treatment: within the tolerance (in hours) nothing is paid; beyond it the value is. */
    public static List<PairResult> settle(List<PairBalance> balances, Terms terms) {
        List<PairResult> results = new ArrayList<>(balances.size());
        for (PairBalance b : balances) {
            BigDecimal timePayable;
            Treatment treatment;
            if (b.netHours().signum() == 0 && b.netValueTime().signum() == 0) {
                timePayable = BigDecimal.ZERO;
                treatment = Treatment.BALANCED;
            } else if (b.netHours().abs().compareTo(terms.toleranceHours()) <= 0) {
                timePayable = BigDecimal.ZERO;
                treatment = b.netHours().signum() != 0 && "CARRY_OVER".equals(terms.remainder())
                        ? Treatment.CARRIED_OVER : Treatment.FORGIVEN;
            } else {
                timePayable = b.netValueTime();
                treatment = Treatment.PAID;
            }
            BigDecimal payable = timePayable.add(b.netValueMetre());
            if (b.netValueMetre().signum() != 0 && treatment == Treatment.BALANCED) {
                treatment = Treatment.PAID;
            }
            results.add(new PairResult(b, treatment, payable));
        }
        return results;
    }

    /** One payment per pair and sector with something payable, from the debtor to the creditor. */
    public static List<Payment> bilateral(List<PairResult> results) {
        List<Payment> payments = new ArrayList<>();
        for (PairResult r : results) {
            int sign = r.payable().signum();
            if (sign == 0) {
                continue;
            }
            PairBalance b = r.balance();
            UUID payer = sign > 0 ? b.memberB() : b.memberA();
            UUID payee = sign > 0 ? b.memberA() : b.memberB();
            payments.add(new Payment(UUID.randomUUID(), b.sector(), Netting.BILATERAL, payer, payee, r.payable().abs()));
        }
        payments.sort(Comparator.comparing((Payment p) -> p.sector()).thenComparing(Payment::payerId).thenComparing(Payment::payeeId));
        return payments;
    }

    /** Each member's net position per sector: what it is owed minus what it owes (sums to zero per sector). */
    public static Map<Sector, Map<UUID, BigDecimal>> positions(List<PairResult> results) {
        Map<Sector, Map<UUID, BigDecimal>> positions = new TreeMap<>();
        for (PairResult r : results) {
            PairBalance b = r.balance();
            Map<UUID, BigDecimal> sector = positions.computeIfAbsent(b.sector(), s -> new TreeMap<>());
            sector.merge(b.memberA(), r.payable(), BigDecimal::add);
            sector.merge(b.memberB(), r.payable().negate(), BigDecimal::add);
        }
        return positions;
    }

    /** One payment per member and sector to the pool (net debtor) or from it (net creditor); cycles cancel out. */
    public static List<Payment> multilateral(List<PairResult> results) {
        List<Payment> payments = new ArrayList<>();
        positions(results).forEach((sector, members) -> members.forEach((member, position) -> {
            if (position.signum() > 0) {
                payments.add(new Payment(UUID.randomUUID(), sector, Netting.MULTILATERAL, null, member, position));
            } else if (position.signum() < 0) {
                payments.add(new Payment(UUID.randomUUID(), sector, Netting.MULTILATERAL, member, null, position.negate()));
            }
        }));
        return payments;
    }
}
