package de.dienstleistungspool.pool.bench;

import de.dienstleistungspool.pool.domain.OfferKind;
import de.dienstleistungspool.pool.domain.OfferSearch;
import de.dienstleistungspool.testinfra.bench.RawHttp;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two measured requests, each over HTTP and as the same SQL statements the service runs, sent raw over JDBC:
 * availability of a random offer over a random week, and a search for free offers near a random point. Each client
 * thread has its own keep-alive HTTP connection ({@link RawHttp}, which costs the shared cores little CPU) and its own
 * JDBC connection.
 */
final class Workloads {

    private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");
    private static final Pattern NAMED = Pattern.compile("(?<!:):([a-z]+)");
    private static final String SEARCH_SQL = OfferSearch.FREE_OFFERS_SQL_HEAD + "\n" + OfferSearch.FREE_OFFERS_SQL_TAIL;

    private final String authorization;
    private final List<UUID> offers = new ArrayList<>();
    private final ThreadLocal<RawHttp> http;
    private final ThreadLocal<Connection> jdbc;
    private final List<AutoCloseable> opened = java.util.Collections.synchronizedList(new ArrayList<>());

    Workloads(int port, String token, String jdbcUrl) throws Exception {
        this.authorization = "Authorization: Bearer " + token + "\r\n";
        this.http = ThreadLocal.withInitial(() -> remember(new RawHttp("localhost", port)));
        this.jdbc = ThreadLocal.withInitial(() -> {
            try {
                return remember(DriverManager.getConnection(jdbcUrl, "postgres", "postgres"));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             PreparedStatement s = c.prepareStatement("select id from offer where region_id = ?")) {
            s.setObject(1, BenchData.REGION);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    offers.add(r.getObject(1, UUID.class));
                }
            }
        }
    }

    void availabilityHttp() throws Exception {
        Instant from = randomStart();
        get("/offers/" + randomOffer() + "/availability?from=" + from + "&to=" + from.plus(7, ChronoUnit.DAYS));
    }

    void availabilityRaw() throws Exception {
        Connection c = jdbc.get();
        UUID offer = randomOffer();
        Instant from = randomStart();
        Instant to = from.plus(7, ChronoUnit.DAYS);
        query(c, "select * from offer where id = ? and region_id = ?", offer, BenchData.REGION);
        query(c, "select * from busy_period where offer_id = any(?) and status = any(?) and start_at < ? and occupied_until > ? "
                + "order by start_at", new UUID[] {offer}, new String[] {"REQUESTED", "CONFIRMED", "IN_USE", "COMPLETED"}, to, from);
        query(c, "select * from blackout where offer_id = any(?) and start_at < ? and end_at > ? order by start_at",
                new UUID[] {offer}, to, from);
        named(c, OfferSearch.freePeriodsSql(OfferKind.EQUIPMENT), Map.of("offer", offer, "from", from, "to", to));
    }

    /** The lightest authenticated request: one offer by id (JWT check, one primary-key query, JSON). */
    void offerHttp() throws Exception {
        get("/offers/" + randomOffer());
    }

    void offerRaw() throws Exception {
        Connection c = jdbc.get();
        UUID offer = randomOffer();
        query(c, "select * from offer where id = ? and region_id = ?", offer, BenchData.REGION);
        query(c, "select * from offer_window where offer_id = ? order by start_at", offer);
    }

    void searchHttp() throws Exception {
        Instant from = randomStart();
        double[] p = randomPoint();
        get("/search?from=" + from + "&to=" + from.plus(8, ChronoUnit.HOURS) + "&lat=" + p[0] + "&lon=" + p[1] + "&size=20");
    }

    void searchRaw() throws Exception {
        Connection c = jdbc.get();
        Instant from = randomStart();
        double[] p = randomPoint();
        List<UUID> ids = named(c, SEARCH_SQL, Map.of("region", BenchData.REGION, "lat", p[0], "lon", p[1], "from", from,
                "to", from.plus(8, ChronoUnit.HOURS), "limit", 20, "offset", 0));
        query(c, "select * from offer where id = any(?)", (Object) ids.toArray(new UUID[0]));
        query(c, "select * from offer_window where offer_id = any(?) order by start_at", (Object) ids.toArray(new UUID[0]));
    }

    private void get(String path) throws Exception {
        RawHttp.Response r = http.get().send("GET", path, authorization, null);
        if (r.status() != 200) {
            throw new IllegalStateException(path + " answered " + r.status() + ": " + r.body());
        }
    }

    private <T extends AutoCloseable> T remember(T resource) {
        opened.add(resource);
        return resource;
    }

    /** Closes every client thread's HTTP and JDBC connection. */
    void close() throws Exception {
        for (AutoCloseable c : opened) {
            c.close();
        }
    }

    /** Runs a statement with :named parameters as a prepared statement; returns the first column if it is a UUID. */
    private static List<UUID> named(Connection c, String sql, Map<String, Object> params) throws Exception {
        List<Object> values = new ArrayList<>();
        Matcher m = NAMED.matcher(sql);
        StringBuilder positional = new StringBuilder();
        while (m.find()) {
            values.add(params.get(m.group(1)));
            m.appendReplacement(positional, "?");
        }
        m.appendTail(positional);
        return query(c, positional.toString(), values.toArray());
    }

    private static List<UUID> query(Connection c, String sql, Object... params) throws Exception {
        List<UUID> first = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object v = params[i];
                if (v instanceof Instant instant) {
                    s.setObject(i + 1, instant.atOffset(java.time.ZoneOffset.UTC));
                } else if (v instanceof UUID[] ids) {
                    s.setArray(i + 1, c.createArrayOf("uuid", ids));
                } else if (v instanceof String[] texts) {
                    s.setArray(i + 1, c.createArrayOf("text", texts));
                } else {
                    s.setObject(i + 1, v);
                }
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Object o = r.getObject(1);
                    if (o instanceof UUID u) {
                        first.add(u);
                    }
                }
            }
        }
        return first;
    }

    private UUID randomOffer() {
        return offers.get(ThreadLocalRandom.current().nextInt(offers.size()));
    }

    private static Instant randomStart() {
        return FIRST.plus(ThreadLocalRandom.current().nextInt(700 * 24), ChronoUnit.HOURS);
    }

    private static double[] randomPoint() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new double[] {50.5 + r.nextDouble() * 1.2, 9.0 + r.nextDouble() * 1.5};
    }
}
