package de.dienstleistungspool.platform.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import java.util.List;
import java.util.function.Function;

/**
 * The one shape of a list answer in every service: the items of one page, the page number (from 0) and size asked
 * for, and the total number of matches. Services return it with entities or results; resources map it to views.
 */
public record Paged<T>(List<T> items, int page, int size, long total) {

    /** One page of a Panache query and the count of all its matches. */
    public static <T> Paged<T> of(PanacheQuery<T> query, int page, int size) {
        return new Paged<>(query.page(Page.of(page, size)).list(), page, size, query.count());
    }

    /** The same page with every item mapped, e.g. an entity to the view a resource answers with. */
    public <R> Paged<R> map(Function<? super T, ? extends R> mapper) {
        return new Paged<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
