package de.dienstleistungspool.platform.audit;

/**
 * The value of one field before and after a change (null where the field did not exist yet or no longer exists).
 */
public record Change(Object before, Object after) {
}
