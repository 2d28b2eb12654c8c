package org.carbonmarket.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SQL of keyset pages: the order a window reads in, and the rows beyond its position, nulls included. */
class KeysetUnitTest {

    private static final List<Keyset.Term> ORDER = List.of(new Keyset.Term("f.value", "numeric", true, false, true),
            Keyset.Term.ascendingNotNull("f.id", "uuid"));

    @Test
    void readsAPageBeforeAPositionInTheReverseOrder() {
        assertEquals("f.value desc nulls last, f.id asc nulls last", Keyset.orderBy(ORDER, Window.page(1, 10)));
        assertEquals("f.value asc nulls first, f.id desc nulls first",
                Keyset.orderBy(ORDER, Window.at(new Window.Position(true, List.of("5", "x")), 10)));
    }

    @Test
    void keepsTheRowsAfterAValueAndTheNullsThatFollowIt() {
        Map<String, Object> parameters = new HashMap<>();
        String beyond = Keyset.beyond(ORDER, Window.at(new Window.Position(false, List.of("5", "x")), 10), parameters);
        assertEquals("((f.value < cast(:k0 as numeric) or f.value is null) or (f.value = cast(:k0 as numeric) "
                + "and f.id > cast(:k1 as uuid)))", beyond);
        assertEquals(Map.of("k0", "5", "k1", "x"), parameters);
    }

    @Test
    void keepsOnlyTheLaterNullsAfterANull() {
        Map<String, Object> parameters = new HashMap<>();
        String beyond = Keyset.beyond(ORDER, Window.at(new Window.Position(false, Arrays.asList(null, "x")), 10), parameters);
        assertEquals("((f.value is null and f.id > cast(:k1 as uuid)))", beyond);
        assertEquals(Map.of("k1", "x"), parameters);
    }

    @Test
    void boundsTheFirstTermWhereNoNullsFollowItsValue() {
        List<Keyset.Term> order = List.of(Keyset.Term.ascendingNotNull("f.metric_code", "text").sorted(true),
                Keyset.Term.ascending("f.period_start", "date"), Keyset.Term.ascendingNotNull("f.id", "uuid"));
        String beyond = Keyset.beyond(order, Window.at(new Window.Position(false, List.of("m", "2020-01-01", "x")), 10),
                new HashMap<>());
        assertEquals("(f.metric_code <= cast(:k0 as text) and (f.metric_code < cast(:k0 as text) or (f.metric_code = "
                + "cast(:k0 as text) and (f.period_start > cast(:k1 as date) or f.period_start is null)) or (f.metric_code = "
                + "cast(:k0 as text) and f.period_start = cast(:k1 as date) and f.id > cast(:k2 as uuid))))", beyond);
        // Read backwards, the nulls of a nullable first term come first: its value bounds the rows as well.
        String before = Keyset.beyond(ORDER, Window.at(new Window.Position(true, List.of("5", "x")), 10), new HashMap<>());
        assertEquals("(f.value >= cast(:k0 as numeric) and (f.value > cast(:k0 as numeric) or (f.value = cast(:k0 as numeric) "
                + "and f.id < cast(:k1 as uuid))))", before);
    }

    @Test
    void keepsEveryRowForAPageNumberOrTheEnd() {
        assertEquals("true", Keyset.beyond(ORDER, Window.page(3, 10), new HashMap<>()));
        assertEquals("true", Keyset.beyond(ORDER, Window.at(new Window.Position(true, null), 10), new HashMap<>()));
    }

    @Test
    void refusesAKeyOfAnotherOrder() {
        assertThrows(IllegalArgumentException.class,
                () -> Keyset.beyond(ORDER, Window.at(new Window.Position(false, List.of("5")), 10), new HashMap<>()));
    }
}
