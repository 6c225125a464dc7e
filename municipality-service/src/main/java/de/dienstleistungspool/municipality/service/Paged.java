package de.dienstleistungspool.municipality.service;

import java.util.List;

/** One page of results and the number of all results. */
public record Paged<T>(List<T> items, long total) {
}
