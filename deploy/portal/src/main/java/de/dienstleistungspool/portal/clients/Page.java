package de.dienstleistungspool.portal.clients;

import java.util.List;

/** One page of a service's list answer. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
