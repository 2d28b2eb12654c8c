package org.carbonmarket.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The file format of a dataset: catalogue entries and facts that cite them. Shipped datasets under
 * {@code src/main/resources/datasets/} and curators' JSON imports share it.
 */
public record Dataset(
        List<TopicEntry> topics,
        List<SourceEntry> sources,
        List<MetricEntry> metrics,
        List<FactEntry> facts) {

    public Dataset {
        topics = topics == null ? List.of() : topics;
        sources = sources == null ? List.of() : sources;
        metrics = metrics == null ? List.of() : metrics;
        facts = facts == null ? List.of() : facts;
    }

    public record TopicEntry(String code, String name, String description) {
    }

    public record SourceEntry(
            String id,
            String title,
            String publisher,
            String outlet,
            Published published,
            String language,
            String url,
            String retrievedFrom,
            String licence,
            List<String> regions,
            String note) {
    }

    /** A publication date and how much of it is known; {@code on} is null when the precision is unknown. */
    public record Published(LocalDate on, String precision) {
    }

    public record MetricEntry(String code, String name, String description, String topic, String unit, String kind) {
    }

    public record FactEntry(
            String metric,
            String source,
            BigDecimal value,
            String valueText,
            String unit,
            String qualifier,
            String region,
            PeriodEntry period,
            String baseline,
            String quote,
            String locator,
            String note) {
    }

    public record PeriodEntry(LocalDate start, LocalDate end, String precision, String label) {
    }
}
