package de.dienstleistungspool.portal.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** Financial years as the settlement pages choose them: calendar years of Europe/Berlin, 2000 to 2100. */
final class Years {

    private Years() {
    }

    static int current() {
        return LocalDate.now(DayPlanner.BERLIN).getYear();
    }

    /** The year in the address, or the fallback when it is missing or out of range. */
    static int of(String value, int fallback) {
        int year = Params.integer(value, fallback);
        return year >= 2000 && year <= 2100 ? year : fallback;
    }

    /**
     * Next year, this year and the three before it, newest first, for the year choice: next year's lines exist as
     * soon as a job dated in it is recorded.
     */
    static List<Integer> recent(int thisYear) {
        return IntStream.rangeClosed(-1, 3).mapToObj(i -> thisYear - i).toList();
    }
}
