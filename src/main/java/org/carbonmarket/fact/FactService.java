package org.carbonmarket.fact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.UUID;
import java.util.function.Function;
import org.carbonmarket.common.InvalidRequestException;
import org.carbonmarket.common.NotFoundException;
import org.carbonmarket.common.PageResult;
import org.carbonmarket.metric.MetricRepository;
import org.carbonmarket.source.SourceRepository;
import org.carbonmarket.topic.TopicRepository;

/**
 * Reads of facts. Callers pass the mapper that turns an entity into their representation, so that
 * mapping happens inside the transaction and no entity leaves it.
 */
@ApplicationScoped
public class FactService {

    private final FactRepository facts;
    private final MetricRepository metrics;
    private final SourceRepository sources;
    private final TopicRepository topics;

    FactService(FactRepository facts, MetricRepository metrics, SourceRepository sources, TopicRepository topics) {
        this.facts = facts;
        this.metrics = metrics;
        this.sources = sources;
        this.topics = topics;
    }

    @Transactional
    public <T> PageResult<T> list(FactQuery query, int page, int size, Function<Fact, T> mapper) {
        requireKnownFilters(query);
        return PageResult.of(facts.search(query), page, size, mapper);
    }

    @Transactional
    public <T> T get(UUID id, Function<Fact, T> mapper) {
        return facts.findByIdOptional(id).map(mapper).orElseThrow(() -> new NotFoundException("fact", id));
    }

    /** An unknown topic, metric or source in a filter is a client error, not an empty page. */
    private void requireKnownFilters(FactQuery query) {
        var violations = new ArrayList<InvalidRequestException.Violation>();
        if (query.topic() != null && topics.findByIdOptional(query.topic()).isEmpty()) {
            violations.add(new InvalidRequestException.Violation("topic", "unknown topic '" + query.topic() + "'"));
        }
        if (query.metric() != null && metrics.findByIdOptional(query.metric()).isEmpty()) {
            violations.add(new InvalidRequestException.Violation("metric", "unknown metric '" + query.metric() + "'"));
        }
        if (query.source() != null && sources.findByIdOptional(query.source()).isEmpty()) {
            violations.add(new InvalidRequestException.Violation("source", "unknown source '" + query.source() + "'"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }
}
