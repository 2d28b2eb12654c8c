package org.carbonmarket.fact;

import org.carbonmarket.common.CodedEnum;

/** The fields a fact listing can be sorted on, with the HQL each one orders by. */
public enum FactSort implements CodedEnum {
    PERIOD("f.period.start, f.period.end"),
    VALUE("f.value"),
    METRIC("f.metric.code"),
    REGION("f.region"),
    SOURCE("f.source.id"),
    UPDATED("f.updatedAt");

    private final String path;

    FactSort(String path) {
        this.path = path;
    }

    /** An ORDER BY fragment; nulls go last whichever the direction, so they never lead a page. */
    String orderBy(boolean descending) {
        String direction = descending ? " desc nulls last" : " asc nulls last";
        return String.join(", ", java.util.Arrays.stream(path.split(", ")).map(p -> p + direction).toList());
    }

    /** One term of a sort: {@code period} ascending or {@code -period} descending. */
    public record Order(FactSort field, boolean descending) {
    }
}
