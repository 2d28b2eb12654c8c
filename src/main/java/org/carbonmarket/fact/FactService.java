package org.carbonmarket.fact;

import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.carbonmarket.metric.MetricRepository;
import org.carbonmarket.source.SourceRepository;
import org.carbonmarket.topic.TopicRepository;

/**
 * Reads and writes of facts. Callers pass the mapper that turns an entity into their representation,
 * so that mapping happens inside the transaction and no entity leaves it.
 */
@ApplicationScoped
public class FactService {

    private final FactRepository facts;
    private final MetricRepository metrics;
    private final SourceRepository sources;
    private final TopicRepository topics;
    private final AsOf asOf;
    private final RevisionLog revisions;
    private final CuratedWrites<Fact, FactDraft> writes;

    FactService(FactRepository facts, MetricRepository metrics, SourceRepository sources, TopicRepository topics,
            AsOf asOf, RevisionLog revisions) {
        this.facts = facts;
        this.metrics = metrics;
        this.sources = sources;
        this.topics = topics;
        this.asOf = asOf;
        this.revisions = revisions;
        this.writes = new CuratedWrites<>(FactDraft::of,
                (fact, draft) -> draft.applyTo(fact, metrics.findById(draft.metric()), sources.findById(draft.source())),
                facts::flush);
    }

    /**
     * Published facts that match; an unknown topic, metric or source joins the problems the caller found in the
     * request ({@code checks}), and all of them are one 400.
     */
    @Transactional
    public <T> PageResult<T> list(FactQuery query, Checks checks, Instant at, int page, int size, Function<Fact, T> mapper) {
        asOf.apply(at);
        requireKnownFilters(query, checks);
        checks.throwIfAny();
        var items = facts.page(query, page - 1, size).stream().map(mapper).toList();
        return new PageResult<>(items, page, size, facts.count(query));
    }

    /** A metric's series in a region: one fact per period, earliest first (see {@link FactRepository#series}). */
    @Transactional
    public <T> PageResult<T> series(String metric, String region, Instant at, int page, int size, Function<Fact, T> mapper) {
        asOf.apply(at);
        requireMetric(metric);
        var items = facts.series(metric, region, page - 1, size).stream().map(mapper).toList();
        return new PageResult<>(items, page, size, facts.countSeries(metric, region));
    }

    /** The point of a metric's series with the latest period, as the World Bank's {@code mrv=1} gives it. */
    @Transactional
    public <T> Optional<T> latest(String metric, String region, Instant at, Function<Fact, T> mapper) {
        asOf.apply(at);
        requireMetric(metric);
        long points = facts.countSeries(metric, region);
        return points == 0 ? Optional.empty()
                : facts.series(metric, region, (int) points - 1, 1).stream().findFirst().map(mapper);
    }

    @Transactional
    public <T> T get(UUID id, Instant at, Function<Fact, T> mapper) {
        asOf.apply(at);
        return mapper.apply(find(id));
    }

    @Transactional
    public List<Revision> revisions(UUID id, Instant at) {
        asOf.apply(at);
        find(id);
        return revisions.of(RevisionLog.Table.FACT, id, at);
    }

    @Transactional
    @WriteTransaction
    public <T> T create(FactDraft draft, Change change, Function<Fact, T> mapper) {
        check(draft, change);
        if (findByKey(draft).isPresent()) {
            throw new ConflictException("a fact of metric '" + draft.metric() + "' from source '" + draft.source()
                    + "' for this region and period exists already; update it instead");
        }
        Fact fact = insert(draft, change, freeIds(Set.of(draft.key())).get(draft.key()));
        facts.flush(); // a duplicate created meanwhile surfaces here, as a conflict
        return mapper.apply(fact);
    }

    @Transactional
    @WriteTransaction
    public <T> T replace(UUID id, FactDraft draft, Change change, Function<Fact, T> mapper) {
        check(draft, change);
        Fact fact = find(id);
        change.requireVersionOf(fact, "fact " + id);
        Optional<Fact> sameKey = findByKey(draft);
        if (sameKey.isPresent() && !sameKey.get().getId().equals(id)) {
            throw new ConflictException("fact " + sameKey.get().getId() + " already has this metric, source, region and period");
        }
        writes.update(fact, draft, change);
        return mapper.apply(fact);
    }

    @Transactional
    @WriteTransaction
    public <T> T retire(UUID id, Change change, Function<Fact, T> mapper) {
        CuratedWrites.requireReason(change);
        Fact fact = find(id);
        writes.retire(fact, change, "fact " + id, 0);
        return mapper.apply(fact);
    }

    /** Where the facts of a bulk import go, found for all of them at once (see {@link FactIds}). */
    @Transactional
    public FactIds idsFor(Collection<FactDraft> drafts) {
        Map<String, UUID> stored = facts.idsByKey(drafts.stream().map(FactDraft::source).collect(Collectors.toSet()));
        Set<String> newKeys = drafts.stream().map(FactDraft::key).filter(key -> !stored.containsKey(key)).collect(Collectors.toSet());
        return new FactIds(stored, freeIds(newKeys));
    }

    /**
     * Writes a fact that a bulk import brings: created when no fact has its metric, source, region and
     * period ({@code ids}, which learns the new one), updated when one has but differs, left alone when it
     * is the same. References are checked already.
     */
    @Transactional
    public Outcome importDraft(FactDraft draft, Change change, FactIds ids) {
        Optional<Fact> existing = ids.stored(draft.key()).map(facts::findById);
        return writes.importDraft(existing, draft, change, () -> {
            Fact fact = insert(draft, change, ids.free(draft.key()));
            ids.created(draft.key(), fact.getId());
            return fact;
        });
    }

    /**
     * Writes a fact that a shipped dataset brings unless it is stored already, however curators changed it
     * since: a fact with its first id is that fact, whatever its key has become.
     */
    @Transactional
    public Outcome insertIfMissing(FactDraft draft, Change change) {
        if (facts.findByIdOptional(draft.firstIdentity()).isPresent() || findByKey(draft).isPresent()) {
            return Outcome.UNCHANGED;
        }
        insert(draft, change, draft.firstIdentity());
        return Outcome.CREATED;
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

    private Fact insert(FactDraft draft, Change change, UUID id) {
        Fact fact = new Fact(id);
        draft.applyTo(fact, metrics.findById(draft.metric()), sources.findById(draft.source()));
        fact.recordChange(change.actor(), change.comment());
        facts.persist(fact);
        return fact;
    }

    private void check(FactDraft draft, Change change) {
        var checks = new Checks();
        draft.check(checks);
        change.check(checks);
        checks.exists("metric", draft.metric(), code -> metrics.findByIdOptional(code).isPresent());
        checks.exists("source", draft.source(), id -> sources.findByIdOptional(id).isPresent());
        checks.throwIfAny();
    }

    private void requireMetric(String code) {
        if (metrics.findByIdOptional(code).isEmpty()) {
            throw new NotFoundException("metric", code);
        }
    }

    private Fact find(UUID id) {
        return facts.findByIdOptional(id).orElseThrow(() -> new NotFoundException("fact", id));
    }

    private Optional<Fact> findByKey(FactDraft draft) {
        return facts.findByKey(draft.source(), draft.metric(), draft.region(), draft.period().start(), draft.period().end());
    }

    /** An unknown topic, metric or source in a filter is a client error, not an empty page. */
    private void requireKnownFilters(FactQuery query, Checks checks) {
        checks.exists("topic", query.topic(), code -> topics.findByIdOptional(code).isPresent());
        checks.exists("metric", query.metric(), code -> metrics.findByIdOptional(code).isPresent());
        checks.exists("source", query.source(), id -> sources.findByIdOptional(id).isPresent());
    }
}
