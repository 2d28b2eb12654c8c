package org.carbonmarket.fact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Filters of a fact listing; a null filter does not restrict. A fact matches {@code from}/{@code to}
 * when its period overlaps that range, {@code text} when the quote, its metric's name or description or
 * its source's title matches it as a web search would, {@code updatedSince} when it changed after that.
 */
public record FactQuery(
        String topic,
        String metric,
        String region,
        String source,
        LocalDate from,
        LocalDate to,
        String text,
        Instant updatedSince,
        List<FactSort.Order> sort) {

    public static FactQuery ofMetric(String metric) {
        return new FactQuery(null, metric, null, null, null, null, null, null,
                List.of(new FactSort.Order(FactSort.PERIOD, false)));
    }

    public static FactQuery ofSource(String source) {
        return new FactQuery(null, null, null, source, null, null, null, null, List.of());
    }
}
