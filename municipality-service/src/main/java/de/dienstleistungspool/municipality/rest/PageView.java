package de.dienstleistungspool.municipality.rest;

import java.util.List;

/** One page of a list: the items, the page number (from 0), the page size and the total number of items. */
public record PageView<T>(List<T> items, int page, int size, long total) {
}
