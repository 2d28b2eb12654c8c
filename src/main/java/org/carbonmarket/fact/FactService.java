package org.carbonmarket.fact;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carbonmarket.common.AsOf;
import org.carbonmarket.common.Checks;
import org.carbonmarket.common.NotFoundException;
import org.carbonmarket.common.PageResult;
import org.carbonmarket.common.Window;
import org.carbonmarket.curation.CuratedService;
import org.carbonmarket.curation.RevisionRepository;
import org.carbonmarket.metric.MetricRepository;
import org.carbonmarket.source.SourceRepository;
import org.carbonmarket.topic.TopicRepository;

/** Reads and writes of facts. */
@Singleton
public class FactService extends CuratedService<Fact, UUID, FactDraft, FactDetails> {

    private final FactRepository facts;
    private final MetricRepository metrics;
    private final SourceRepository sources;
    private final TopicRepository topics;

    FactService(FactRepository facts, MetricRepository metrics, SourceRepository sources, TopicRepository topics,
            AsOf asOf, RevisionRepository revisions) {
        super(new Kind<>("fact", RevisionRepository.Table.FACT, "metric, source, region and period", Fact::getId, FactDetails::id,
                FactDetails::of, FactDraft::of), facts, asOf, revisions);
        this.facts = facts;
        this.metrics = metrics;
        this.sources = sources;
        this.topics = topics;
    }

    /**
     * Published facts that match; an unknown topic, metric or source joins the problems the caller found in the
     * request ({@code checks}), and all of them are one 400.
     */
    @Transactional
    public PageResult<FactDetails> list(FactQuery query, Checks checks, Instant at, Window window) {
        asOf.apply(at);
        requireKnownFilters(query, checks);
        checks.throwIfAny();
        return PageResult.read(window, facts.page(query, window), FactRepository.Keyed::key, facts.count(query))
                .map(keyed -> FactDetails.of(keyed.fact()));
    }

    /**
     * A metric's series in a region: one fact per period, earliest first (see {@link FactRepository#series}), all
     * against one baseline, so that no line joins values of different baselines.
     */
    @Transactional
    public PageResult<FactDetails> series(SeriesQuery query, Checks checks, Instant at, Window window) {
        asOf.apply(at);
        requireMetric(query.metric());
        String baseline = baseline(query, checks);
        var total = PageResult.Total.exact(facts.countSeries(query.metric(), query.region(), baseline));
        return PageResult.read(window, facts.series(query.metric(), query.region(), baseline, window), FactRepository.Keyed::key, total)
                .map(keyed -> FactDetails.of(keyed.fact()));
    }

    /** The regions that a metric's published facts name, by code: where its series are. */
    @Transactional
    public PageResult<MetricRegion> regions(String metric, Instant at, Window window) {
        asOf.apply(at);
        requireMetric(metric);
        return PageResult.read(window, facts.regions(metric, window), region -> List.of(region.code()),
                PageResult.Total.exact(facts.countRegions(metric)));
    }

    /** The point of a metric's series with the latest period, as the World Bank's {@code mrv=1} gives it. */
    @Transactional
    public Optional<FactDetails> latest(SeriesQuery query, Checks checks, Instant at) {
        asOf.apply(at);
        requireMetric(query.metric());
        String baseline = baseline(query, checks);
        var last = Window.at(new Window.Position(true, null), 1);
        return facts.series(query.metric(), query.region(), baseline, last).stream().findFirst().map(keyed -> FactDetails.of(keyed.fact()));
    }

    /**
     * The baseline the series is against: the one asked for, or the only one its facts have; when they have
     * several and none was asked for, a 400 that names them.
     */
    private String baseline(SeriesQuery query, Checks checks) {
        List<String> baselines = facts.baselines(query.metric(), query.region());
        if (query.baseline() != null) {
            String asked = SeriesQuery.NONE.equals(query.baseline()) ? null : query.baseline();
            checks.that("baseline", baselines.contains(asked) || baselines.isEmpty(),
                    "the series has no points against '" + query.baseline() + "'; it has " + named(baselines));
            checks.throwIfAny();
            return asked;
        }
        checks.that("baseline", baselines.size() <= 1,
                "the series has points against several baselines, which one line must not join: choose one of " + named(baselines));
        checks.throwIfAny();
        return baselines.isEmpty() ? null : baselines.get(0);
    }

    private static String named(List<String> baselines) {
        return String.join(", ", baselines.stream().map(b -> b == null ? SeriesQuery.NONE : "'" + b + "'").toList());
    }

    /**
     * Starts a bulk write of facts in the caller's transaction (see {@link FactStaging}); a new fact whose key's first id
     * is taken gets the key's first free id.
     */
    public FactStaging stage() {
        return FactStaging.open(facts.getEntityManager(), key -> freeIds(Set.of(key)).get(key));
    }

    /**
     * The ids that new facts of these keys get: for each key, the first of its generations' ids that no
     * fact has (see {@link FactIdentity}). Almost always the first generation's, found with one query.
     */
    private Map<String, UUID> freeIds(Collection<String> keys) {
        Map<String, UUID> free = new HashMap<>();
        List<String> pending = new ArrayList<>(keys);
        for (int generation = 0; !pending.isEmpty(); generation++) {
            Map<UUID, String> candidates = new HashMap<>();
            for (String key : pending) {
                candidates.put(FactIdentity.of(key, generation), key);
            }
            Set<UUID> taken = facts.taken(candidates.keySet());
            pending = new ArrayList<>();
            for (var candidate : candidates.entrySet()) {
                if (taken.contains(candidate.getKey())) {
                    pending.add(candidate.getValue());
                } else {
                    free.put(candidate.getValue(), candidate.getKey());
                }
            }
        }
        return free;
    }

    @Override
    protected void apply(Fact fact, FactDraft draft) {
        draft.applyTo(fact, metrics.findById(draft.metric()), sources.findById(draft.source()));
    }

    @Override
    protected void checkReferences(FactDraft draft, Checks checks) {
        checks.exists("metric", draft.metric(), code -> metrics.findByIdOptional(code).isPresent());
        checks.exists("source", draft.source(), id -> sources.findByIdOptional(id).isPresent());
    }

    @Override
    protected Optional<Fact> stored(FactDraft draft) {
        return facts.findByKey(draft.source(), draft.metric(), draft.region(), draft.period().start(), draft.period().end());
    }

    /** A new fact takes the id its shipped dataset pins, or else the first free id of its key's generations. */
    @Override
    protected Fact newRow(FactDraft draft) {
        return new Fact(draft.id() != null ? draft.id() : freeIds(Set.of(draft.key())).get(draft.key()));
    }

    /** Nothing builds on a fact. */
    @Override
    protected long usedBy(UUID id) {
        return 0;
    }

    private void requireMetric(String code) {
        if (metrics.findByIdOptional(code).isEmpty()) {
            throw new NotFoundException("metric", code);
        }
    }

    /** An unknown topic, metric or source in a filter is a client error, not an empty page. */
    private void requireKnownFilters(FactQuery query, Checks checks) {
        checks.exists("topic", query.topic(), code -> topics.findByIdOptional(code).isPresent());
        checks.exists("metric", query.metric(), code -> metrics.findByIdOptional(code).isPresent());
        checks.exists("source", query.source(), id -> sources.findByIdOptional(id).isPresent());
    }
}
