package org.carbonmarket.snapshot;

import java.util.Arrays;
import java.util.Optional;

/**
 * The tables a snapshot holds, each as one query: its published rows in a fixed order, columns named as the API
 * names its fields. Instants are written in UTC with microseconds and dates as ISO dates whatever the session's
 * settings, so that the same rows are the same bytes; facts, metrics and sources are read through the as-of views
 * (the {@code asof} schema comes first on the search path), regions are reference data without history.
 */
public enum SnapshotTable {

    FACTS("facts", """
            select f.id, f.metric_code as "metric", f.region, %s as "periodStart", %s as "periodEnd",
                   f.period_precision as "periodPrecision", f.period_label as "periodLabel",
                   f.period_inferred as "periodInferred", f.period_basis as "periodBasis", f.time_kind as "time",
                   f.value, f.value_text as "valueText", f.unit, f.qualifier, f.rounded_to as "roundedTo", f.baseline,
                   f.scope, f.source_id as "source", f.quote, f.locator, f.note, f.version, %s as "updatedAt"
            from fact f
            where f.status = 'published'
            order by f.metric_code, f.region, f.period_start nulls first, f.period_end nulls first, f.id"""
            .formatted(date("f.period_start"), date("f.period_end"), instant("f.updated_at"))),
    METRICS("metrics", """
            select m.code, m.topic_code as "topic", m.name, m.name_zh as "nameZh", m.description,
                   m.description_zh as "descriptionZh", m.unit, m.kind, m.version, %s as "updatedAt"
            from metric m
            where m.status = 'published'
            order by m.code""".formatted(instant("m.updated_at"))),
    SOURCES("sources", """
            select s.id, s.title, s.publisher, s.outlet, %s as "publishedOn", s.published_precision as "publishedPrecision",
                   s.language, s.url, s.retrieved_from as "retrievedFrom", s.licence, s.regions, s.note, s.version,
                   %s as "updatedAt"
            from source s
            where s.status = 'published'
            order by s.id""".formatted(date("s.published_on"), instant("s.updated_at"))),
    REGIONS("regions", """
            select r.code, r.system, r.name, r.name_zh as "nameZh", r.pinyin, r.valid_from as "validFrom",
                   r.valid_to as "validTo", r.predecessors, r.successors, r.source_names as "sourceNames", r.note
            from region r
            order by r.code""");

    private final String name;
    private final String query;

    SnapshotTable(String name, String query) {
        this.name = name;
        this.query = query;
    }

    /** The table's name in file names and paths: {@code facts}. */
    public String fileName() {
        return name;
    }

    String query() {
        return query;
    }

    public static Optional<SnapshotTable> named(String name) {
        return Arrays.stream(values()).filter(table -> table.name.equals(name)).findFirst();
    }

    private static String date(String column) {
        return "to_char(" + column + ", 'YYYY-MM-DD')";
    }

    private static String instant(String column) {
        return "to_char(" + column + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
    }
}
