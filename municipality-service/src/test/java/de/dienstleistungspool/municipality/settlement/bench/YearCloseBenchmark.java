package de.dienstleistungspool.municipality.settlement.bench;

import de.dienstleistungspool.municipality.settlement.domain.CloseComputation;
import de.dienstleistungspool.municipality.settlement.domain.MemberDirectory.Terms;
import de.dienstleistungspool.municipality.settlement.domain.Payment.Netting;
import de.dienstleistungspool.municipality.settlement.domain.YearCloseEngine;
import de.dienstleistungspool.municipality.settlement.domain.YearCloseWriter;
import de.dienstleistungspool.testinfra.TestInfrastructure;
import de.dienstleistungspool.testinfra.bench.BenchmarkDoc;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * Benchmark program (not a test): time to close a year for a national-scale synthetic set (300 regions, 11,000
 * members, 5 million ledger lines) and for one county (50 members, 50,000 lines), each next to the raw PostgreSQL
 * GROUP BY aggregation over the same lines measured in the same run; prints and writes its section of
 * docs/BENCHMARKS.md. Run: {@code deploy/bench.sh close} (options {@code -Dbench.national-lines},
 * {@code -Dbench.county-lines}).
 */
public final class YearCloseBenchmark {

    private YearCloseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String loadBefore = BenchmarkDoc.load();
        long start = System.nanoTime();
        long nationalLines = Long.getLong("bench.national-lines", 5_000_000L);
        long countyLines = Long.getLong("bench.county-lines", 50_000L);
        // the same JDBC option as the service's datasource (application.properties): batched inserts as multi-row inserts
        String url = TestInfrastructure.database("settlement_bench_" + System.currentTimeMillis()) + "&reWriteBatchedInserts=true";
        Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/platform", "classpath:db/outbox", "classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
            String version = scalar(c, "show server_version");
            System.out.printf(Locale.ROOT, "%nSettlement year-end close benchmark (PostgreSQL %s, %d cores)%n",
                    version, Runtime.getRuntime().availableProcessors());
            long t0 = System.nanoTime();
            SyntheticLedger.load(c, "county", 1, 50, countyLines, false);
            double countyLoad = seconds(t0);
            t0 = System.nanoTime();
            SyntheticLedger.load(c, "nat", 300, 11_000, nationalLines, true);
            double nationalLoad = seconds(t0);
            System.out.printf(Locale.ROOT, "loaded county %,d lines in %.1f s (through all triggers), national %,d lines in %.1f s (COPY-like bulk insert)%n",
                    countyLines, countyLoad, nationalLines, nationalLoad);
            String county = run(c, String.format(Locale.ROOT, "county: 1 region, 50 members, %,d lines", countyLines),
                    regions(c, "county", 1));
            String national = run(c, String.format(Locale.ROOT, "national: 300 regions, 11,000 members, %,d lines", nationalLines),
                    regions(c, "nat", 300));
            BenchmarkDoc.write("YearCloseBenchmark", String.join("\n",
                    "## Year-end close (`YearCloseBenchmark`)",
                    "",
                    "`YearCloseBenchmark` (municipality-service test sources, `settlement/bench/`) generates ledger lines with",
                    "`generate_series` in the embedded PostgreSQL " + version + " of test-infra (fsync off), runs the migrations, and",
                    "measures in the same run the raw baseline, the plain `GROUP BY` aggregation of every region's non-monetary",
                    "credit lines, and the full close: lock, aggregation at the year's rates, netting, and writing pair results,",
                    "both nettings' payments, carry-over entries through the triggers, statements and the close record, one",
                    "transaction per region. Of the ledger lines 80 % are non-monetary, and a close reads only their credit",
                    "halves. The county's lines are loaded through every ledger trigger; the national ones as a bulk load",
                    "(triggers bypassed with `session_replication_role = replica`, indexes dropped and rebuilt, like a COPY).",
                    "",
                    BenchmarkDoc.machine(loadBefore) + String.format(Locale.ROOT, " Loading took %.1f s (county) and %.1f s"
                            + " (national). At the end: %s; the run took %.0f s.", countyLoad, nationalLoad, BenchmarkDoc.load(),
                            seconds(start)),
                    "",
                    "| set | non-monetary credit lines closed | raw `GROUP BY` | full close | close / raw | aggregate + netting "
                            + "| writing results | per region | pairs | payments |",
                    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
                    county,
                    national,
                    "",
                    "```",
                    "deploy/bench.sh close   # options: -Dbench.national-lines=5000000 -Dbench.county-lines=50000",
                    "```"));
        }
        System.exit(0);
    }

    /** Closes 2025 for each region after the raw aggregation over the same lines; returns the table row. */
    private static String run(Connection c, String label, List<UUID> regions) throws SQLException {
        c.setAutoCommit(false);
        long lines = 0;
        long t0 = System.nanoTime();
        for (UUID region : regions) {
            lines += rawAggregate(c, region);
        }
        c.commit();
        double raw = seconds(t0);
        long pairs = 0;
        long payments = 0;
        long computeNanos = 0;
        t0 = System.nanoTime();
        for (UUID region : regions) {
            long c0 = System.nanoTime();
            YearCloseEngine.lockYear(c, region, 2025);
            CloseComputation close = YearCloseEngine.compute(c, region, 2025, terms(c, region), new BigDecimal("8"));
            computeNanos += System.nanoTime() - c0;
            YearCloseWriter.write(c, close, Netting.MULTILATERAL, "benchmark");
            c.commit();
            pairs += close.pairs().size();
            payments += close.bilateral().size() + close.multilateral().size();
        }
        double closeSeconds = seconds(t0);
        System.out.printf(Locale.ROOT, "%-42s non-monetary credit lines %,10d | raw GROUP BY %8.2f s | full close %8.2f s | ratio %5.2f | "
                        + "aggregate+net %.2f s, write+commit %.2f s | %,d pairs, %,d payments, %.1f ms per region%n",
                label, lines, raw, closeSeconds, closeSeconds / raw, computeNanos / 1e9, closeSeconds - computeNanos / 1e9,
                pairs, payments, closeSeconds * 1000 / regions.size());
        c.setAutoCommit(true);
        return String.format(Locale.ROOT, "| %s | %,d | %.2f s | %.2f s | **%.1f** | %.2f s | %.2f s | %.0f ms | %,d | %,d |", label,
                lines, raw, closeSeconds, closeSeconds / raw, computeNanos / 1e9, closeSeconds - computeNanos / 1e9,
                closeSeconds * 1000 / regions.size(), pairs, payments);
    }

    /** The baseline: the plain aggregation a hand-written SQL close would start from, over the same lines. */
    private static long rawAggregate(Connection c, UUID region) throws SQLException {
        long lines = 0;
        try (PreparedStatement s = c.prepareStatement("select sector, least(member_id, counterparty_id), greatest(member_id, counterparty_id), "
                + "sum(case when member_id < counterparty_id then amount else -amount end), count(*) from ledger_line "
                + "where region_id = ? and year = 2025 and settlement_mode = 'NON_MONETARY' and side = 'CREDIT' group by 1, 2, 3")) {
            s.setObject(1, region);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    lines += r.getLong(5);
                }
            }
        }
        return lines;
    }

    private static Terms terms(Connection c, UUID region) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select tolerance_hours, remainder from settlement_terms where region_id = ? and year = 2025")) {
            s.setObject(1, region);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new Terms(r.getBigDecimal(1), r.getString(2)) : new Terms(BigDecimal.ZERO, "PAY");
            }
        }
    }

    private static List<UUID> regions(Connection c, String prefix, int count) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select md5('" + prefix + "r' || g)::uuid from generate_series(0, " + (count - 1) + ") g")) {
            while (r.next()) {
                ids.add(r.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private static String scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
