package org.carbonmarket.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a collection, with the order keys of its neighbouring pages' positions and the collection's size.
 *
 * @param page the page number (from 1) when the page was asked for by number; {@code null} when by a cursor
 * @param total how many items the collection holds under the filters: exactly, or at least (see {@link Total})
 * @param next where the next page lies: after this page's last item; {@code null} when this page is the last
 * @param previous where the previous page lies: before this page's first item, or before the end after the last
 *         page; {@code null} when this page is the first
 */
public record PageResult<T>(List<T> items, Integer page, int size, Total total, Window.Position next,
        Window.Position previous) {

    /** How many items a collection holds: {@code exact}, or at least {@code count} when counting stopped there. */
    public record Total(long count, boolean exact) {

        public static Total exact(long count) {
            return new Total(count, true);
        }

        /** A count that stopped at {@code bound}: {@code counted} is what a count limited to bound + 1 rows found. */
        public static Total upTo(long counted, long bound) {
            return counted > bound ? new Total(bound, false) : exact(counted);
        }
    }

    /**
     * The page that a repository read for {@code window}: up to {@link Window#limit()} rows in reading order
     * (backwards for a window before a position), each with its order key.
     */
    public static <E> PageResult<E> read(Window window, List<E> read, Function<E, List<String>> key, Total total) {
        boolean more = read.size() > window.size();
        List<E> items = new ArrayList<>(more ? read.subList(0, window.size()) : read);
        if (window.before()) {
            Collections.reverse(items);
        }
        boolean hasNext = window.before() ? window.key() != null : more;
        boolean hasPrevious = window.before() ? more : window.position() != null || window.offset() > 0;
        Window.Position next = null;
        Window.Position previous = null;
        if (!items.isEmpty()) {
            next = hasNext ? new Window.Position(false, key.apply(items.get(items.size() - 1))) : null;
            previous = hasPrevious ? new Window.Position(true, key.apply(items.get(0))) : null;
        } else if (!window.before() && hasPrevious) {
            previous = new Window.Position(true, null); // past the end: the page before it is the last one
        }
        return new PageResult<>(items, window.page(), window.size(), total, next, previous);
    }

    /**
     * A page of a short list held whole in memory, in its order, where each item has a unique key that never
     * changes (a code, a version): a window's position is the key of the item it lies after or before.
     */
    public static <E> PageResult<E> ofAll(List<E> all, Window window, Function<E, String> key) {
        List<E> read;
        if (window.position() == null) {
            read = all.stream().skip(window.offset()).limit(window.limit()).toList();
        } else {
            List<E> ordered = new ArrayList<>(all);
            if (window.before()) {
                Collections.reverse(ordered);
            }
            int at = window.key() == null ? -1 : indexOf(ordered, key, window.key().get(0));
            read = ordered.stream().skip(at + 1).limit(window.limit()).toList();
        }
        return read(window, read, item -> List.of(key.apply(item)), Total.exact(all.size()));
    }

    private static <E> int indexOf(List<E> all, Function<E, String> key, String wanted) {
        for (int i = 0; i < all.size(); i++) {
            if (key.apply(all.get(i)).equals(wanted)) {
                return i;
            }
        }
        return all.size(); // gone: nothing lies beyond it
    }

    public int totalPages() {
        return (int) ((total.count() + size - 1) / size);
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total, next, previous);
    }
}
