package org.carbonmarket.metric;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.carbonmarket.common.AsOf;
import org.carbonmarket.common.Checks;
import org.carbonmarket.common.PageResult;
import org.carbonmarket.common.Window;
import org.carbonmarket.curation.KeyedService;
import org.carbonmarket.curation.RevisionRepository;
import org.carbonmarket.topic.TopicRepository;

/** Reads and writes of the metric catalogue. */
@Singleton
public class MetricService extends KeyedService<Metric, MetricDraft, MetricDetails> {

    private final MetricRepository metrics;
    private final TopicRepository topics;

    MetricService(MetricRepository metrics, TopicRepository topics, AsOf asOf, RevisionRepository revisions) {
        super(new Kind<>("metric", RevisionRepository.Table.METRIC, "code", Metric::getCode, MetricDetails::code, MetricDetails::of,
                MetricDraft::of), metrics, MetricDraft::code, Metric::new, asOf, revisions);
        this.metrics = metrics;
        this.topics = topics;
    }

    /**
     * Published metrics ordered by code, optionally of one topic or changed after an instant. An unknown topic joins the problems the caller found ({@code checks}) in one 400.
     */
    @Transactional
    public PageResult<MetricDetails> list(String topic, Instant updatedSince, Checks checks, Instant at, Window window) {
        asOf.apply(at);
        checks.exists("topic", topic, code -> topics.findByIdOptional(code).isPresent());
        checks.throwIfAny();
        return metrics.published(topic, updatedSince, window).map(MetricDetails::of);
    }

    @Override
    protected void apply(Metric metric, MetricDraft draft) {
        draft.applyTo(metric, topics.findById(draft.topic()));
    }

    @Override
    protected void checkReferences(MetricDraft draft, Checks checks) {
        checks.exists("topic", draft.topic(), code -> topics.findByIdOptional(code).isPresent());
    }
}
