package org.carbonmarket.fact;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The public id of an imported fact, derived from what makes it the same fact: the source that states
 * it, the metric, the region and the period. Re-importing a dataset, on this database or a fresh one,
 * therefore yields the same ids, and those ids say nothing about row order.
 */
public final class FactIdentity {

    private FactIdentity() {
    }

    public static UUID of(String source, String metric, String region, LocalDate start, LocalDate end) {
        return UUID.nameUUIDFromBytes(key(source, metric, region, start, end).getBytes(StandardCharsets.UTF_8));
    }

    /** What makes a fact the same fact, as one string. */
    public static String key(String source, String metric, String region, LocalDate start, LocalDate end) {
        return String.join("|", source, metric, region, String.valueOf(start), String.valueOf(end));
    }
}
