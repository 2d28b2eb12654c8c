package org.carbonmarket.metric;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Function;
import org.carbonmarket.common.InvalidRequestException;
import org.carbonmarket.common.NotFoundException;
import org.carbonmarket.common.PageResult;
import org.carbonmarket.topic.TopicRepository;

/** Reads of the metric catalogue; mapping happens inside the transaction (see FactService). */
@ApplicationScoped
public class MetricService {

    private final MetricRepository metrics;
    private final TopicRepository topics;

    MetricService(MetricRepository metrics, TopicRepository topics) {
        this.metrics = metrics;
        this.topics = topics;
    }

    /** Metrics ordered by code, optionally of one topic; {@code page} counts from 1. */
    @Transactional
    public <T> PageResult<T> list(String topic, int page, int size, Function<Metric, T> mapper) {
        var query = topic == null
                ? metrics.findAll(Sort.by("code"))
                : metrics.find("topic.code", Sort.by("code"), requireTopic(topic));
        return PageResult.of(query, page, size, mapper);
    }

    @Transactional
    public <T> T get(String code, Function<Metric, T> mapper) {
        return metrics.findByIdOptional(code).map(mapper).orElseThrow(() -> new NotFoundException("metric", code));
    }

    @Transactional
    public void requireExists(String code) {
        if (metrics.findByIdOptional(code).isEmpty()) {
            throw new NotFoundException("metric", code);
        }
    }

    private String requireTopic(String topic) {
        if (topics.findByIdOptional(topic).isEmpty()) {
            throw new InvalidRequestException("topic", "unknown topic '" + topic + "'");
        }
        return topic;
    }
}
