package org.carbonmarket.fact;

/**
 * Which series to read: a metric in a region, against one baseline ({@code null}: the only one its facts have;
 * {@link #NONE}: the points measured against no baseline).
 */
public record SeriesQuery(String metric, String region, String baseline) {

    /** The baseline parameter's value for points without a baseline. */
    public static final String NONE = "none";
}
