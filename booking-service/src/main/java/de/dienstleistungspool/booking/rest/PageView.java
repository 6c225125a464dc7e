package de.dienstleistungspool.booking.rest;

import java.util.List;

/**
 * One page of a list, with the page index, the page size and the total number of matches.
 */
public record PageView<T>(List<T> items, int page, int size, long total) {
}
