package de.dienstleistungspool.notification.service;

import java.util.List;

/**
 * One page of query results together with the total count of matching rows.
 */
public record PageOf<T>(List<T> items, long total) {
}
