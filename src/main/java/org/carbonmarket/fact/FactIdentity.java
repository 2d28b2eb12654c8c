package org.carbonmarket.fact;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The public id of a fact, derived from what makes it the same fact: the source that states it, the metric,
 * the region and the period. Re-importing a dataset, on this database or a fresh one, therefore yields the
 * same ids, and those ids say nothing about row order.
 *
 * <p>An id never changes, though a curator may change its fact's key. The key it was derived from is then
 * free, and the next fact of that key cannot take the same id: it takes the id of the key's next
 * generation that no fact has. Every replica counts generations the same way, so two of them creating the
 * same fact at once pick the same id, and the database lets one of them have it.
 */
public final class FactIdentity {

    private FactIdentity() {
    }

    /** The key's first id, the one a fact gets unless an earlier fact of the key took it. */
    public static UUID of(String source, String metric, String region, LocalDate start, LocalDate end) {
        return of(key(source, metric, region, start, end), 0);
    }

    /**
     * The id of the key's {@code generation}th fact; generation 0 is the id facts have always been given. A key
     * ends with a date or "null", never with "|" and a number, so no generation's name is another key's.
     */
    public static UUID of(String key, int generation) {
        String name = generation == 0 ? key : key + "|" + generation;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** What makes a fact the same fact, as one string. */
    public static String key(String source, String metric, String region, LocalDate start, LocalDate end) {
        return String.join("|", source, metric, region, String.valueOf(start), String.valueOf(end));
    }
}
