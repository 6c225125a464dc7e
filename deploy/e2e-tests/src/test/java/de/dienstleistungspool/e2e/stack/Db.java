package de.dienstleistungspool.e2e.stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Plain JDBC into the services' databases, to compare what each service recorded with what the others did. */
public final class Db {

    private final E2eStack stack;

    public Db(E2eStack stack) {
        this.stack = stack;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(database), "postgres", "postgres");
    }

    /** The rows of a query as lists of column values (as strings). */
    public List<List<String>> rows(String database, String sql, Object... params) {
        try (Connection c = connect(database); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<List<String>> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getString(i));
                    }
                    out.add(row);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(database + ": " + sql, e);
        }
    }

    public long count(String database, String sql, Object... params) {
        return Long.parseLong(rows(database, sql, params).get(0).get(0));
    }

    /** Exact row counts of every table of the four databases, keyed {@code database.table}. */
    public Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String database : List.of("municipality", "pool", "booking", "notification")) {
            for (List<String> t : rows(database, "select table_name from information_schema.tables "
                    + "where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                counts.put(database + "." + t.get(0), count(database, "select count(*) from \"" + t.get(0) + "\""));
            }
        }
        return counts;
    }
}
