package org.carbonmarket.common;

import java.util.List;

/**
 * Which rows of an ordered listing a page holds: those from a row number on (a page number, for shallow pages),
 * or those right after or right before a row, named by the values of the listing's order key (a cursor's).
 *
 * @param size how many rows at the most
 * @param offset how many rows of the listing come before the page, for a page number; 0 with a position
 * @param position the row the page lies after or before; {@code null} for a page number
 */
public record Window(int size, long offset, Position position) {

    /**
     * How deep page numbers reach (page × size), and how far a count goes before it stops: deeper pages are
     * reached by cursor, which costs no offset, and a larger total is given as "at least".
     */
    public static final int MAX_DEPTH = 10_000;

    /**
     * A row's order key, and whether the page lies before or after it. A {@code null} key is the listing's end:
     * the page before it is the last page.
     */
    public record Position(boolean before, List<String> key) {
    }

    /** Page {@code page} (from 1) of {@code size} rows. */
    public static Window page(int page, int size) {
        return new Window(size, (long) (page - 1) * size, null);
    }

    public static Window at(Position position, int size) {
        return new Window(size, 0, position);
    }

    /** Whether the rows are read backwards, from the position towards the listing's start. */
    public boolean before() {
        return position != null && position.before();
    }

    /** The order key the page lies after or before, or {@code null} (the listing's start or end, or a page number). */
    public List<String> key() {
        return position == null ? null : position.key();
    }

    /** The page number, where the window is one; {@code null} for a position. */
    public Integer page() {
        return position == null ? (int) (offset / size) + 1 : null;
    }

    /** Rows a repository reads: one more than the page holds, to learn whether more lie beyond it. */
    public int limit() {
        return size + 1;
    }
}
