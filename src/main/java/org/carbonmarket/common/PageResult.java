package org.carbonmarket.common;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import java.util.List;
import java.util.function.Function;

/** One page of a collection: {@code page} counts from 1. */
public record PageResult<T>(List<T> items, int page, int size, long totalElements) {

    /** Reads page {@code page} (from 1) of {@code query} and maps its rows. */
    public static <E, T> PageResult<T> of(PanacheQuery<E> query, int page, int size, Function<E, T> mapper) {
        var items = query.page(Page.of(page - 1, size)).list().stream().map(mapper).toList();
        return new PageResult<>(items, page, size, query.count());
    }

    public int totalPages() {
        return (int) ((totalElements + size - 1) / size);
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, totalElements);
    }
}
