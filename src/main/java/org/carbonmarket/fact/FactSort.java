package org.carbonmarket.fact;

import org.carbonmarket.common.CodedEnum;

/** The fields a fact listing can be sorted on, with the SQL each one orders by. */
public enum FactSort implements CodedEnum {
    PERIOD("f.period_start", "f.period_end"),
    VALUE("f.value"),
    METRIC("f.metric_code"),
    REGION("f.region"),
    SOURCE("f.source_id"),
    UPDATED("f.updated_at"),
    /** How well a fact matches the search text; only with {@code q}. */
    RELEVANCE("rank");

    private final String[] columns;

    FactSort(String... columns) {
        this.columns = columns;
    }

    /** An ORDER BY fragment; nulls go last whichever the direction, so they never lead a page. */
    String orderBy(boolean descending) {
        String direction = descending ? " desc nulls last" : " asc nulls last";
        return String.join(", ", java.util.Arrays.stream(columns).map(column -> column + direction).toList());
    }

    /** One term of a sort: {@code period} ascending or {@code -period} descending. */
    public record Order(FactSort field, boolean descending) {
    }
}
