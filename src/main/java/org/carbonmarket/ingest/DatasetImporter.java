package org.carbonmarket.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.Map;
import org.carbonmarket.common.InvalidRequestException;
import org.carbonmarket.curation.Change;
import org.carbonmarket.curation.Outcome;
import org.carbonmarket.fact.FactIds;
import org.carbonmarket.fact.FactService;
import org.carbonmarket.metric.MetricService;
import org.carbonmarket.source.SourceService;
import org.carbonmarket.topic.Topic;
import org.carbonmarket.topic.TopicRepository;
import org.jboss.logging.Logger;

/**
 * Writes a dataset in the caller's transaction, entry by entry through the same services as the
 * single-resource API. {@link Mode#IMPORT} creates, updates or leaves each entry alone;
 * {@link Mode#DRY_RUN} does the same in a transaction that the caller rolls back, so that its counts are
 * exactly the import's; {@link Mode#INSERT_MISSING}, for shipped datasets, only adds what is not stored
 * yet, so that a restart never overwrites a curator's correction.
 */
@ApplicationScoped
public class DatasetImporter {

    public enum Mode { IMPORT, DRY_RUN, INSERT_MISSING }

    /**
     * Serialises the imports that write (two replicas starting at once, two curators importing) across the
     * cluster. A dry run does not take it: it never commits, so it cannot race an import into a conflict,
     * and a long one must not hold up real imports.
     */
    public static final long IMPORT_LOCK = 0x636172626f6eL;

    /**
     * Facts written between two clears of the persistence context. Without clearing, every flush would
     * check every fact written so far, and a large import would take quadratic time.
     */
    private static final int BATCH = 1000;
    /** How often a long write says how far it got: a first start writes every CDIAC-FF figure. */
    private static final int PROGRESS = 20_000;
    private static final Logger LOG = Logger.getLogger(DatasetImporter.class);

    private final EntityManager entityManager;
    private final TopicRepository topics;
    private final SourceService sources;
    private final MetricService metrics;
    private final FactService facts;
    private final DatasetValidator validator;

    DatasetImporter(EntityManager entityManager, TopicRepository topics, SourceService sources, MetricService metrics,
            FactService facts, DatasetValidator validator) {
        this.entityManager = entityManager;
        this.topics = topics;
        this.sources = sources;
        this.metrics = metrics;
        this.facts = facts;
        this.validator = validator;
    }

    /** Validates the whole dataset, then writes it; an invalid dataset writes nothing. */
    @Transactional
    public Map<Outcome, Integer> write(Dataset dataset, Mode mode, Change change) {
        if (mode == Mode.DRY_RUN) {
            // Its writes then leave the data version alone (migration V7), whose row lock every writer needs.
            entityManager.createNativeQuery("select set_config('carbonmarket.dry_run', 'on', true)").getSingleResult();
        } else {
            entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, IMPORT_LOCK).getSingleResult();
        }
        var violations = validator.check(dataset, mode == Mode.INSERT_MISSING);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0);
        }
        boolean insertOnly = mode == Mode.INSERT_MISSING;
        for (var entry : dataset.topics()) {
            count(counts, insertTopic(entry));
        }
        for (var entry : dataset.sources()) {
            count(counts, insertOnly ? sources.insertIfMissing(entry, change) : sources.importDraft(entry, change));
        }
        for (var entry : dataset.metrics()) {
            count(counts, insertOnly ? metrics.insertIfMissing(entry, change) : metrics.importDraft(entry, change));
        }
        FactIds ids = facts.idsFor(dataset.facts());
        for (int i = 0; i < dataset.facts().size(); i++) {
            var entry = dataset.facts().get(i);
            count(counts, insertOnly ? facts.insertIfMissing(entry, change, ids) : facts.importDraft(entry, change, ids));
            if ((i + 1) % PROGRESS == 0) {
                LOG.infof("%s: %d of %d facts written", change.actor(), i + 1, dataset.facts().size());
            }
            if ((i + 1) % BATCH == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
        entityManager.flush(); // a key or id taken meanwhile surfaces here, as a conflict, and not in the commit
        return counts;
    }

    private Outcome insertTopic(Dataset.TopicEntry entry) {
        if (topics.findByIdOptional(entry.code()).isPresent()) {
            return Outcome.UNCHANGED;
        }
        topics.persist(new Topic(entry.code(), entry.name(), entry.description(), entry.nameZh(), entry.descriptionZh()));
        return Outcome.CREATED;
    }

    private static void count(Map<Outcome, Integer> counts, Outcome outcome) {
        counts.merge(outcome, 1, Integer::sum);
    }
}
