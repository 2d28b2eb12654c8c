package org.carbonmarket.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.carbonmarket.common.Checks;
import org.carbonmarket.common.InvalidRequestException.Violation;
import org.carbonmarket.topic.TopicRepository;

/**
 * Checks every catalogue entry of a dataset (topics, sources, metrics) before anything is written, and reports every
 * problem at once, each under the path of its field ({@code metrics[3].kind}). A metric's topic may be an entry of
 * the same dataset or a stored one. Facts are checked as they are read ({@link FactIntake}) and staged.
 */
@ApplicationScoped
public class DatasetValidator {

    private final TopicRepository topics;

    DatasetValidator(TopicRepository topics) {
        this.topics = topics;
    }

    public List<Violation> check(Dataset dataset) {
        var checks = new Checks();
        Set<String> topicCodes = dataset.topics().stream().map(Dataset.TopicEntry::code).collect(Collectors.toSet());

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
        return checks.violations();
    }
}
