package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.PoolApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One category and sector of the shortage radar drawn as twelve bars of unmet demand, with the geometry worked out
 * here so the template only writes SVG elements; each bar carries its number as text, and the same figures stand in
 * the table beside it, so the chart is never the only carrier of meaning.
 */
public record ShortageChart(String category, String name, String sector, long total, List<Bar> bars) {

    /** The drawing area of the SVG ({@code viewBox="0 0 WIDTH HEIGHT"}). */
    public static final int WIDTH = 600;
    public static final int HEIGHT = 210;
    private static final int BASE = 170;
    private static final int TALLEST = 140;
    private static final int STEP = 48;
    private static final int BAR = 32;
    private static final String[] MONTHS = {"Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov",
        "Dez"};
    private static final String[] MONTH_NAMES = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
        "September", "Oktober", "November", "Dezember"};

    /** One month: its bar (x, y, height), where its number stands, and its row of figures for the table. */
    public record Bar(String monthLabel, String monthName, int x, int y, int height, int labelX, int labelY,
                      PoolApi.ShortageRow row) {

        /** The bar is drawn only when there is something to draw. */
        public boolean drawn() {
            return height > 0;
        }
    }

    /** One chart per category and sector, in the order of the report. */
    public static List<ShortageChart> of(PoolApi.ShortageReport report) {
        Map<String, List<PoolApi.ShortageRow>> groups = new LinkedHashMap<>();
        for (PoolApi.ShortageRow r : report.rows()) {
            groups.computeIfAbsent(r.category() + "|" + r.sector(), k -> new ArrayList<>()).add(r);
        }
        List<ShortageChart> charts = new ArrayList<>();
        groups.values().forEach(rows -> charts.add(chart(rows)));
        return charts;
    }

    private static ShortageChart chart(List<PoolApi.ShortageRow> rows) {
        long max = Math.max(1, rows.stream().mapToLong(PoolApi.ShortageRow::unmetDemand).max().orElse(0));
        List<Bar> bars = new ArrayList<>();
        for (PoolApi.ShortageRow r : rows) {
            int month = Integer.parseInt(r.month().substring(5)) - 1;
            int height = (int) Math.round((double) r.unmetDemand() * TALLEST / max);
            int x = 18 + month * STEP;
            bars.add(new Bar(MONTHS[month], MONTH_NAMES[month], x, BASE - height, height, x + BAR / 2, BASE - height - 6, r));
        }
        long total = rows.stream().mapToLong(PoolApi.ShortageRow::unmetDemand).sum();
        return new ShortageChart(rows.get(0).category(), rows.get(0).categoryName(), rows.get(0).sector(), total, bars);
    }

    /** The width of a bar, for the template. */
    public int barWidth() {
        return BAR;
    }

    /** Where the bars stand. */
    public int base() {
        return BASE;
    }

    /** The text below the bars (month names). */
    public int monthLine() {
        return BASE + 20;
    }
}
