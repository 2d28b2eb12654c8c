package org.carbonmarket.fact;

import org.carbonmarket.common.CodedEnum;

/** The fields a fact listing can be sorted on (FactRepository says what each orders by). */
public enum FactSort implements CodedEnum {
    PERIOD,
    VALUE,
    METRIC,
    REGION,
    SOURCE,
    UPDATED,
    /** How well a fact matches the search text; only with {@code q}. */
    RELEVANCE;

    /** One term of a sort: {@code period} ascending or {@code -period} descending. */
    public record Order(FactSort field, boolean descending) {
    }
}
