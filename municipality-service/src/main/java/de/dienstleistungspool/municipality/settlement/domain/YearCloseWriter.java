package de.dienstleistungspool.municipality.settlement.domain;

import de.dienstleistungspool.municipality.settlement.domain.PairResult.Treatment;
import de.dienstleistungspool.municipality.settlement.domain.Payment.Netting;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a computed close in the caller's transaction: the financial_year_close row first (its primary key lets only
 * one of two racing closes commit), then pair results, payments, carry-over entries and statements. Called through
 * {@link YearCloseRepository} and, on its own connection, by the benchmark.
 */
public final class YearCloseWriter {

    /** A statement produced for one member and sector by the close. */
    public record StatementRef(UUID id, UUID memberId, Sector sector) {
    }

    private YearCloseWriter() {
    }

    public static List<StatementRef> write(Connection c, CloseComputation close, Netting netting, String closedBy) throws SQLException {
        update(c, "insert into financial_year_close (region_id, year, closed_by) values (?, ?, ?)", close.regionId(), close.year(), closedBy);
        update(c, "insert into settlement_year_close (region_id, year, netting, tolerance_hours, remainder, hours_per_day, line_count, closed_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)", close.regionId(), close.year(), netting.name(),
                close.terms().toleranceHours(), close.terms().remainder(), close.hoursPerDay(), close.lineCount(), closedBy);
        try (PreparedStatement pair = c.prepareStatement("insert into settlement_pair_result (region_id, year, sector, member_a, member_b, "
                + "net_hours, net_value_time, net_value_metre, treatment, payable, carry_over_entry, line_count) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement line = c.prepareStatement("insert into ledger_line (id, entry_id, region_id, year, entry_kind, settlement_mode, "
                     + "sector, category, unit, side, member_id, counterparty_id, quantity, rate, amount, recorded_by, note) "
                     + "values (?, ?, ?, ?, 'CARRY_OVER', 'NON_MONETARY', ?, 'CARRY_OVER', 'HOUR', ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (PairResult r : close.pairs()) {
                PairBalance b = r.balance();
                UUID carryEntry = r.treatment() == Treatment.CARRIED_OVER ? carryOver(line, close, b, closedBy) : null;
                bind(pair, close.regionId(), close.year(), b.sector().name(), b.memberA(), b.memberB(), b.netHours(),
                        b.netValueTime(), b.netValueMetre(), r.treatment().name(), r.payable(), carryEntry, b.lines());
                pair.addBatch();
            }
            line.executeBatch();
            pair.executeBatch();
        }
        try (PreparedStatement pay = c.prepareStatement("insert into settlement_payment (id, region_id, year, sector, netting, payer_id, payee_id, amount) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            List<Payment> all = new ArrayList<>(close.bilateral());
            all.addAll(close.multilateral());
            for (Payment p : all) {
                bind(pay, p.id(), close.regionId(), close.year(), p.sector().name(), p.netting().name(), p.payerId(), p.payeeId(), p.amount());
                pay.addBatch();
            }
            pay.executeBatch();
        }
        return statements(c, close);
    }

    private static UUID carryOver(PreparedStatement line, CloseComputation close, PairBalance b, String closedBy) throws SQLException {
        UUID entry = UUID.randomUUID();
        boolean aIsCreditor = b.netHours().signum() > 0;
        UUID creditor = aIsCreditor ? b.memberA() : b.memberB();
        UUID debtor = aIsCreditor ? b.memberB() : b.memberA();
        BigDecimal hours = b.netHours().abs().setScale(3, RoundingMode.HALF_UP);
        BigDecimal value = aIsCreditor ? b.netValueTime() : b.netValueTime().negate();
        BigDecimal rate = value.divide(hours, 2, RoundingMode.HALF_UP);
        String note = "Übertrag aus " + close.year() + " (innerhalb der Toleranz von " + close.terms().toleranceHours() + " Std.)";
        for (boolean credit : new boolean[] {true, false}) {
            bind(line, UUID.randomUUID(), entry, close.regionId(), close.year() + 1, b.sector().name(), credit ? "CREDIT" : "DEBIT",
                    credit ? creditor : debtor, credit ? debtor : creditor, hours, rate, value, closedBy, note);
            line.addBatch();
        }
        return entry;
    }

    private static List<StatementRef> statements(Connection c, CloseComputation close) throws SQLException {
        Set<StatementRef> refs = new LinkedHashSet<>();
        for (PairResult r : close.pairs()) {
            for (UUID member : List.of(r.balance().memberA(), r.balance().memberB())) {
                refs.add(new StatementRef(statementId(close.regionId(), close.year(), member, r.balance().sector()), member, r.balance().sector()));
            }
        }
        try (PreparedStatement s = c.prepareStatement("insert into settlement_statement (id, region_id, year, member_id, sector) values (?, ?, ?, ?, ?)")) {
            for (StatementRef ref : refs) {
                bind(s, ref.id(), close.regionId(), close.year(), ref.memberId(), ref.sector().name());
                s.addBatch();
            }
            s.executeBatch();
        }
        return List.copyOf(refs);
    }

    /** The stable id of a member's statement for a sector and year. */
    public static UUID statementId(UUID regionId, int year, UUID memberId, Sector sector) {
        return UUID.nameUUIDFromBytes(("statement:" + regionId + ":" + year + ":" + memberId + ":" + sector).getBytes(StandardCharsets.UTF_8));
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
    }
}
