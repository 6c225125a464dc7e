package de.dienstleistungspool.notification.rest;

import de.dienstleistungspool.notification.service.PageOf;
import java.util.List;
import java.util.function.Function;

/**
 * The house shape of a list answer: the items of one page, the page number and size asked for, and the total.
 */
public record Paged<T>(List<T> items, int page, int size, long total) {

    static <E, T> Paged<T> of(PageOf<E> result, int page, int size, Function<E, T> view) {
        return new Paged<>(result.items().stream().map(view).toList(), page, size, result.total());
    }
}
