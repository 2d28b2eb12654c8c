package org.carbonmarket.ingest;

import java.util.List;
import org.carbonmarket.fact.FactDraft;
import org.carbonmarket.metric.MetricDraft;
import org.carbonmarket.source.SourceDraft;

/**
 * The JSON format of a dataset: catalogue entries and the facts that cite them. Shipped datasets under
 * {@code src/main/resources/datasets/} and curators' JSON imports share it; facts may cite sources and
 * metrics of the same dataset or ones already stored.
 */
public record Dataset(List<TopicEntry> topics, List<SourceDraft> sources, List<MetricDraft> metrics, List<FactDraft> facts) {

    public Dataset {
        topics = topics == null ? List.of() : topics;
        sources = sources == null ? List.of() : sources;
        metrics = metrics == null ? List.of() : metrics;
        facts = facts == null ? List.of() : facts;
    }

    /** Topics are part of the catalogue's structure: datasets add missing ones and never change stored ones. */
    public record TopicEntry(String code, String name, String description, String nameZh, String descriptionZh) {
    }

    public int size() {
        return topics.size() + sources.size() + metrics.size() + facts.size();
    }
}
