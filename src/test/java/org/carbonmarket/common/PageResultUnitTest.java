package org.carbonmarket.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Pages of a list held whole: by number, after and before an item's key, and past either end. */
class PageResultUnitTest {

    private static final List<String> LETTERS = IntStream.range(0, 7).mapToObj(i -> String.valueOf((char) ('a' + i))).toList();

    private static PageResult<String> page(Window window) {
        return PageResult.ofAll(LETTERS, window, letter -> letter);
    }

    @Test
    void walksForwardsByNextAndBackwardsByPreviousOverEveryItemOnce() {
        List<String> forwards = new ArrayList<>();
        PageResult<String> page = page(Window.page(1, 3));
        forwards.addAll(page.items());
        while (page.next() != null) {
            page = page(Window.at(page.next(), 3));
            forwards.addAll(page.items());
        }
        assertEquals(LETTERS, forwards);
        List<String> backwards = new ArrayList<>(page.items());
        while (page.previous() != null) {
            page = page(Window.at(page.previous(), 3));
            backwards.addAll(0, page.items());
        }
        assertEquals(LETTERS, backwards);
    }

    @Test
    void readsTheLastPageBeforeTheEnd() {
        var last = page(Window.at(new Window.Position(true, null), 3));
        assertEquals(List.of("e", "f", "g"), last.items());
        assertNull(last.next());
        assertEquals(new Window.Position(true, List.of("e")), last.previous());
        assertNull(last.page(), "a page reached by position has no number");
    }

    @Test
    void pointsBackToTheLastPageFromPastTheEnd() {
        var past = page(Window.page(4, 3));
        assertEquals(List.of(), past.items());
        assertEquals(new Window.Position(true, null), past.previous());
        assertNull(past.next());
    }

    @Test
    void givesNoPreviousOnTheFirstPageNorNextOnTheLast() {
        var first = page(Window.page(1, 7));
        assertEquals(LETTERS, first.items());
        assertNull(first.previous());
        assertNull(first.next());
        assertEquals(1, first.totalPages());
    }

    @Test
    void saysWhenACountStoppedAtItsBound() {
        assertEquals(new PageResult.Total(10, true), PageResult.Total.upTo(10, 10));
        assertEquals(new PageResult.Total(10, false), PageResult.Total.upTo(11, 10));
    }
}
