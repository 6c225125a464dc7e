package de.dienstleistungspool.pool.service;

import java.time.Instant;

/** A half-open period [start, end) in UTC. */
public record PeriodView(Instant start, Instant end) {
}
