package org.carbonmarket.snapshot;

import java.util.Arrays;
import java.util.Optional;

/**
 * The tables a snapshot holds, each as one query of its published rows, ordered by their key (which is also the
 * first column), with columns named as the API names its fields. The order is the key's bytes (collation "C",
 * uuids as numbers), instants are written in UTC with microseconds and dates as ISO dates, whatever the session's
 * or the database's settings, so that the same rows are the same bytes. Facts, metrics and sources are read
 * through the as-of views (the {@code asof} schema comes first on the search path); regions are reference data
 * without history.
 */
public enum SnapshotTable {

    FACTS("facts", "f.id", "uuid", """
            select f.id, f.metric_code as "metric", f.region, %s as "periodStart", %s as "periodEnd",
                   f.period_precision as "periodPrecision", f.period_label as "periodLabel",
                   f.period_inferred as "periodInferred", f.period_basis as "periodBasis", f.time_kind as "time",
                   f.value, f.value_text as "valueText", f.unit, f.qualifier, f.rounded_to as "roundedTo", f.baseline,
                   f.scope, f.source_id as "source", f.quote, f.locator, f.note, f.version, %s as "updatedAt"
            from fact f
            where f.status = 'published'""".formatted(date("f.period_start"), date("f.period_end"), instant("f.updated_at"))),
    METRICS("metrics", "m.code", "text", """
            select m.code, m.topic_code as "topic", m.name, m.name_zh as "nameZh", m.description,
                   m.description_zh as "descriptionZh", m.unit, m.kind, m.version, %s as "updatedAt"
            from metric m
            where m.status = 'published'""".formatted(instant("m.updated_at"))),
    SOURCES("sources", "s.id", "text", """
            select s.id, s.title, s.publisher, s.outlet, %s as "publishedOn", s.published_precision as "publishedPrecision",
                   s.language, s.url, s.retrieved_from as "retrievedFrom", s.licence, s.regions, s.note, s.version,
                   %s as "updatedAt"
            from source s
            where s.status = 'published'""".formatted(date("s.published_on"), instant("s.updated_at"))),
    REGIONS("regions", "r.code", "text", """
            select r.code, r.system, r.name, r.name_zh as "nameZh", r.pinyin, r.valid_from as "validFrom",
                   r.valid_to as "validTo", r.predecessors, r.successors, r.source_names as "sourceNames", r.note
            from region r
            where true""");

    private final String baseName;
    private final String chunk;

    SnapshotTable(String baseName, String key, String keyType, String select) {
        this.baseName = baseName;
        String ordered = keyType.equals("uuid") ? key : key + " collate \"C\"";
        // The first rows come after the empty key: for a uuid, after the nil uuid, which no fact has.
        String after = keyType.equals("uuid") ? "cast(coalesce(nullif(?, ''), '00000000-0000-0000-0000-000000000000') as uuid)" : "?";
        this.chunk = select + " and " + ordered + " > " + after + " order by " + ordered + " limit ?";
    }

    /** The table's name in file names and paths: {@code facts}. */
    public String baseName() {
        return baseName;
    }

    /** The rows after a key (the empty key for the first), in order: its parameters are the key, then how many. */
    String chunk() {
        return chunk;
    }

    public static Optional<SnapshotTable> named(String baseName) {
        return Arrays.stream(values()).filter(table -> table.baseName.equals(baseName)).findFirst();
    }

    private static String date(String column) {
        return "to_char(" + column + ", 'YYYY-MM-DD')";
    }

    private static String instant(String column) {
        return "to_char(" + column + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
    }
}
