package org.carbonmarket.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.carbonmarket.common.CodedEnum;
import org.carbonmarket.common.InvalidRequestException;
import org.carbonmarket.common.InvalidRequestException.Violation;
import org.carbonmarket.fact.PeriodPrecision;
import org.carbonmarket.fact.Qualifier;
import org.carbonmarket.metric.MetricKind;
import org.carbonmarket.metric.MetricRepository;
import org.carbonmarket.source.DatePrecision;
import org.carbonmarket.source.SourceRepository;
import org.carbonmarket.topic.TopicRepository;

/**
 * Checks every entry of a dataset before anything is written, and reports all problems at once, each
 * under the path of its field ({@code facts[3].qualifier}). References may point at entries of the
 * same dataset or at rows already stored.
 */
@ApplicationScoped
public class DatasetValidator {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern METRIC_CODE = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
    static final Pattern REGION = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

    private final TopicRepository topics;
    private final SourceRepository sources;
    private final MetricRepository metrics;

    DatasetValidator(TopicRepository topics, SourceRepository sources, MetricRepository metrics) {
        this.topics = topics;
        this.sources = sources;
        this.metrics = metrics;
    }

    public void validate(Dataset dataset) {
        var check = new Checker();
        Set<String> topicCodes = dataset.topics().stream().map(Dataset.TopicEntry::code).collect(Collectors.toSet());
        Set<String> sourceIds = dataset.sources().stream().map(Dataset.SourceEntry::id).collect(Collectors.toSet());
        Set<String> metricCodes = dataset.metrics().stream().map(Dataset.MetricEntry::code).collect(Collectors.toSet());

        for (int i = 0; i < dataset.topics().size(); i++) {
            var topic = dataset.topics().get(i);
            check.at("topics[" + i + "]");
            check.matches("code", topic.code(), SLUG);
            check.present("name", topic.name());
            check.present("description", topic.description());
        }
        for (int i = 0; i < dataset.sources().size(); i++) {
            var source = dataset.sources().get(i);
            check.at("sources[" + i + "]");
            check.matches("id", source.id(), SLUG);
            check.present("title", source.title());
            check.present("publisher", source.publisher());
            check.present("language", source.language());
            if (check.notNull("published", source.published())
                    && check.oneOf("published.precision", source.published().precision(), DatePrecision.class)) {
                boolean unknown = DatePrecision.UNKNOWN.code().equals(source.published().precision());
                check.that("published.on", (source.published().on() == null) == unknown,
                        "must be given unless the precision is 'unknown', and only then be absent");
            }
            if (source.regions() != null) {
                for (int r = 0; r < source.regions().size(); r++) {
                    check.matches("regions[" + r + "]", source.regions().get(r), REGION);
                }
            }
        }
        for (int i = 0; i < dataset.metrics().size(); i++) {
            var metric = dataset.metrics().get(i);
            check.at("metrics[" + i + "]");
            check.matches("code", metric.code(), METRIC_CODE);
            check.present("name", metric.name());
            check.present("description", metric.description());
            check.present("unit", metric.unit());
            check.oneOf("kind", metric.kind(), MetricKind.class);
            check.known("topic", metric.topic(), code -> topicCodes.contains(code) || topics.findByIdOptional(code).isPresent());
        }
        for (int i = 0; i < dataset.facts().size(); i++) {
            var fact = dataset.facts().get(i);
            check.at("facts[" + i + "]");
            check.known("metric", fact.metric(), code -> metricCodes.contains(code) || metrics.findByIdOptional(code).isPresent());
            check.known("source", fact.source(), id -> sourceIds.contains(id) || sources.findByIdOptional(id).isPresent());
            check.that("value", fact.value() != null || fact.valueText() != null, "a value or a valueText is required");
            check.present("unit", fact.unit());
            check.oneOf("qualifier", fact.qualifier(), Qualifier.class);
            check.matches("region", fact.region(), REGION);
            if (check.notNull("period", fact.period())) {
                var period = fact.period();
                check.oneOf("period.precision", period.precision(), PeriodPrecision.class);
                check.that("period", period.start() != null || period.end() != null, "needs a start, an end or both");
                check.that("period", period.start() == null || period.end() == null || !period.start().isAfter(period.end()),
                        "start must not be after end");
            }
            check.present("quote", fact.quote());
            check.present("locator", fact.locator());
        }
        if (!check.violations.isEmpty()) {
            throw new InvalidRequestException(check.violations);
        }
    }

    private static final class Checker {

        private final List<Violation> violations = new ArrayList<>();
        private String entry;

        void at(String entry) {
            this.entry = entry;
        }

        boolean that(String field, boolean condition, String message) {
            if (!condition) {
                violations.add(new Violation(entry + "." + field, message));
            }
            return condition;
        }

        boolean notNull(String field, Object value) {
            return that(field, value != null, "is required");
        }

        boolean present(String field, String value) {
            return that(field, value != null && !value.isBlank(), "is required");
        }

        void matches(String field, String value, Pattern pattern) {
            if (present(field, value)) {
                that(field, pattern.matcher(value).matches(), "must match " + pattern.pattern());
            }
        }

        <E extends Enum<E> & CodedEnum> boolean oneOf(String field, String value, Class<E> type) {
            List<String> codes = CodedEnum.codes(type);
            return present(field, value) && that(field, codes.contains(value), "must be one of " + String.join(", ", codes));
        }

        void known(String field, String value, Predicate<String> exists) {
            if (present(field, value)) {
                that(field, exists.test(value), "'" + value + "' does not exist");
            }
        }
    }
}
