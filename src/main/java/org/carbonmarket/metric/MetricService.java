package org.carbonmarket.metric;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.carbonmarket.common.AsOf;
import org.carbonmarket.common.Change;
import org.carbonmarket.common.Checks;
import org.carbonmarket.common.ConflictException;
import org.carbonmarket.common.CuratedWrites;
import org.carbonmarket.common.NotFoundException;
import org.carbonmarket.common.Outcome;
import org.carbonmarket.common.PageResult;
import org.carbonmarket.common.Revision;
import org.carbonmarket.common.RevisionLog;
import org.carbonmarket.common.WriteTransaction;
import org.carbonmarket.topic.TopicRepository;

/** Reads and writes of the metric catalogue; mapping happens inside the transaction (see FactService). */
@ApplicationScoped
public class MetricService {

    private final MetricRepository metrics;
    private final TopicRepository topics;
    private final AsOf asOf;
    private final RevisionLog revisions;
    private final CuratedWrites<Metric, MetricDraft> writes;

    MetricService(MetricRepository metrics, TopicRepository topics, AsOf asOf, RevisionLog revisions) {
        this.metrics = metrics;
        this.topics = topics;
        this.asOf = asOf;
        this.revisions = revisions;
        this.writes = new CuratedWrites<>(MetricDraft::of,
                (metric, draft) -> draft.applyTo(metric, topics.findById(draft.topic())), metrics::flush);
    }

    /**
     * Published metrics ordered by code, optionally of one topic or changed after an instant;
     * {@code page} counts from 1. An unknown topic joins the problems the caller found ({@code checks}) in one 400.
     */
    @Transactional
    public <T> PageResult<T> list(String topic, Instant updatedSince, Checks checks, Instant at, int page, int size,
            Function<Metric, T> mapper) {
        asOf.apply(at);
        checks.exists("topic", topic, code -> topics.findByIdOptional(code).isPresent());
        checks.throwIfAny();
        return PageResult.of(metrics.published(topic, updatedSince), page, size, mapper);
    }

    @Transactional
    public <T> T get(String code, Instant at, Function<Metric, T> mapper) {
        asOf.apply(at);
        return mapper.apply(find(code));
    }

    @Transactional
    public void requireExists(String code, Instant at) {
        asOf.apply(at);
        find(code);
    }

    @Transactional
    public List<Revision> revisions(String code, Instant at) {
        asOf.apply(at);
        find(code);
        return revisions.of(RevisionLog.Table.METRIC, code, at);
    }

    @Transactional
    @WriteTransaction
    public <T> T create(MetricDraft draft, Change change, Function<Metric, T> mapper) {
        check(draft, change);
        if (metrics.findByIdOptional(draft.code()).isPresent()) {
            throw new ConflictException("metric '" + draft.code() + "' exists already; update it instead");
        }
        return mapper.apply(insert(draft, change));
    }

    @Transactional
    @WriteTransaction
    public <T> T replace(String code, MetricDraft draft, Change change, Function<Metric, T> mapper) {
        check(draft, change);
        Metric metric = find(code);
        change.requireVersionOf(metric, "metric '" + code + "'");
        var checks = new Checks();
        checks.that("code", code.equals(draft.code()), "must be '" + code + "': a metric's code never changes");
        checks.throwIfAny();
        writes.update(metric, draft, change);
        return mapper.apply(metric);
    }

    /** Retires a metric that no published fact uses any more: retire or move its facts first. */
    @Transactional
    @WriteTransaction
    public <T> T retire(String code, Change change, Function<Metric, T> mapper) {
        CuratedWrites.requireReason(change);
        Metric metric = find(code);
        writes.retire(metric, change, "metric '" + code + "'", metrics.publishedFacts(code));
        return mapper.apply(metric);
    }

    /** Writes a metric that a bulk import brings: created, updated or left alone. */
    @Transactional
    public Outcome importDraft(MetricDraft draft, Change change) {
        return writes.importDraft(metrics.findByIdOptional(draft.code()), draft, change, () -> insert(draft, change));
    }

    /** Writes a metric that a shipped dataset brings unless it is stored already. */
    @Transactional
    public Outcome insertIfMissing(MetricDraft draft, Change change) {
        if (metrics.findByIdOptional(draft.code()).isPresent()) {
            return Outcome.UNCHANGED;
        }
        insert(draft, change);
        return Outcome.CREATED;
    }

    private Metric insert(MetricDraft draft, Change change) {
        Metric metric = new Metric(draft.code());
        draft.applyTo(metric, topics.findById(draft.topic()));
        metric.recordChange(change.actor(), change.comment());
        metrics.persist(metric);
        metrics.flush();
        return metric;
    }

    private void check(MetricDraft draft, Change change) {
        var checks = new Checks();
        draft.check(checks);
        change.check(checks);
        checks.exists("topic", draft.topic(), code -> topics.findByIdOptional(code).isPresent());
        checks.throwIfAny();
    }

    private Metric find(String code) {
        return metrics.findByIdOptional(code).orElseThrow(() -> new NotFoundException("metric", code));
    }
}
