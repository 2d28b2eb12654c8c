package org.carbonmarket.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.carbonmarket.common.Checks;
import org.carbonmarket.common.InvalidRequestException.Violation;
import org.carbonmarket.fact.FactDraft;
import org.carbonmarket.metric.MetricDraft;
import org.carbonmarket.metric.MetricRepository;
import org.carbonmarket.source.SourceDraft;
import org.carbonmarket.source.SourceRepository;
import org.carbonmarket.topic.TopicRepository;

/**
 * Checks every entry of a dataset before anything is written, and reports every problem at once, each
 * under the path of its field ({@code facts[3].qualifier}). References may point at entries of the same
 * dataset or at rows already stored.
 */
@ApplicationScoped
public class DatasetValidator {

    private final TopicRepository topics;
    private final SourceRepository sources;
    private final MetricRepository metrics;

    DatasetValidator(TopicRepository topics, SourceRepository sources, MetricRepository metrics) {
        this.topics = topics;
        this.sources = sources;
        this.metrics = metrics;
    }

    /** {@code shipped}: a dataset of the service's own, whose facts may pin the id they were first published with. */
    public List<Violation> check(Dataset dataset, boolean shipped) {
        var checks = new Checks();
        Set<String> topicCodes = dataset.topics().stream().map(Dataset.TopicEntry::code).collect(Collectors.toSet());
        Set<String> sourceIds = dataset.sources().stream().map(SourceDraft::id).collect(Collectors.toSet());
        Set<String> metricCodes = dataset.metrics().stream().map(MetricDraft::code).collect(Collectors.toSet());

        for (int i = 0; i < dataset.topics().size(); i++) {
            var topic = dataset.topics().get(i);
            checks.at("topics", i);
            checks.matches("code", topic.code(), Checks.SLUG, 64);
            checks.required("name", topic.name(), 200);
            checks.required("description", topic.description(), Checks.TEXT_MAX);
            checks.optional("nameZh", topic.nameZh(), 200);
            checks.optional("descriptionZh", topic.descriptionZh(), Checks.TEXT_MAX);
        }
        for (int i = 0; i < dataset.sources().size(); i++) {
            dataset.sources().get(i).check(checks.at("sources", i));
        }
        for (int i = 0; i < dataset.metrics().size(); i++) {
            var metric = dataset.metrics().get(i);
            metric.check(checks.at("metrics", i));
            checks.exists("topic", metric.topic(), code -> topicCodes.contains(code) || topics.findByIdOptional(code).isPresent());
        }
        for (int i = 0; i < dataset.facts().size(); i++) {
            FactDraft fact = dataset.facts().get(i);
            fact.check(checks.at("facts", i));
            checks.that("id", shipped || fact.id() == null, "is the server's: only the service's own datasets pin a fact's id");
            checks.exists("metric", fact.metric(), code -> metricCodes.contains(code) || metrics.findByIdOptional(code).isPresent());
            checks.exists("source", fact.source(), id -> sourceIds.contains(id) || sources.findByIdOptional(id).isPresent());
        }
        return checks.violations();
    }
}
