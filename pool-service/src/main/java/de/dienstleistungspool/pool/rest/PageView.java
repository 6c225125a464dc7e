package de.dienstleistungspool.pool.rest;

import java.util.List;

/** One page of a list, with the total number of items across all pages. */
public record PageView<T>(List<T> items, int page, int size, long total) {
}
