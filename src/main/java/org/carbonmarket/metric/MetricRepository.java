package org.carbonmarket.metric;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.carbonmarket.common.PageResult;
import org.carbonmarket.common.Window;
import org.carbonmarket.curation.KeyedRepository;

/** Queries of metrics. */
@ApplicationScoped
public class MetricRepository implements KeyedRepository<Metric> {

    /** Published metrics by code, of one topic and changed after an instant where those are given. */
    public PageResult<Metric> published(String topic, Instant updatedSince, Window window) {
        return published("(cast(:topic as String) is null or topic.code = :topic) "
                + "and (cast(:since as Instant) is null or updatedAt > :since)",
                Parameters.with("topic", topic).and("since", updatedSince), window);
    }

    @Override
    public Key<Metric> key() {
        return new Key<>("code", Metric::getCode, "metric_code");
    }
}
