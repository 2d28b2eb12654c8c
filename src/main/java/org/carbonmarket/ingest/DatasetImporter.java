package org.carbonmarket.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.carbonmarket.common.InvalidRequestException;
import org.carbonmarket.curation.Change;
import org.carbonmarket.curation.Outcome;
import org.carbonmarket.fact.FactService;
import org.carbonmarket.fact.FactStaging;
import org.carbonmarket.metric.MetricService;
import org.carbonmarket.source.SourceService;
import org.carbonmarket.topic.Topic;
import org.carbonmarket.topic.TopicRepository;

/**
 * Writes an import body in the caller's transaction: its catalogue entries (topics, sources, metrics) one by one
 * through the same services as the single-resource API, and its facts as they are read, in bulk (see
 * {@link FactStaging}). {@link Mode#IMPORT} creates, updates or leaves each entry alone; {@link Mode#DRY_RUN}
 * counts what the import would do, in a transaction that the caller rolls back, and changes no fact (so it locks
 * none); {@link Mode#INSERT_MISSING}, for shipped datasets, only adds what is not stored yet, so that a restart
 * never overwrites a curator's correction.
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

    /** Reads a body: its facts go to the intake as they are read. */
    @FunctionalInterface
    public interface Body {
        ParsedImport read(FactIntake intake);
    }

    /** What a write did, by outcome, or the rows it rejected: then the caller rolls the transaction back. */
    public record Written(int rowsRead, Map<Outcome, Integer> counts, List<RowError> errors) {
    }

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

    /**
     * Reads the body and checks all of it, then writes it; a body with any rejected row writes nothing of its own
     * (the caller rolls back). {@code naming}: how the body names its facts in a report.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Written write(Body body, FactIntake.Naming naming, Mode mode, Change change) {
        if (mode != Mode.DRY_RUN) {
            entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, IMPORT_LOCK).getSingleResult();
        }
        FactStaging staging = facts.stage();
        var intake = new FactIntake((fact, entry) -> staging.add(entry, fact), naming, mode == Mode.INSERT_MISSING);
        ParsedImport parsed;
        try {
            parsed = body.read(intake);
        } catch (RuntimeException e) {
            staging.abort();
            throw e;
        }
        staging.endCopy();
        List<RowError> catalogueErrors = byEntry(validator.check(parsed.catalogue()));
        if (!catalogueErrors.isEmpty()) {
            return rejected(parsed, catalogueErrors, intake.errors());
        }
        Map<Outcome, Integer> counts = writeCatalogue(parsed.catalogue(), mode == Mode.INSERT_MISSING, change);
        // The facts' references are checked once the catalogue they may cite is written.
        Map<Integer, List<String>> unwritable = new LinkedHashMap<>();
        staging.rejections(intake::name).forEach(r -> unwritable.computeIfAbsent(r.entry(), entry -> new ArrayList<>()).add(r.reason()));
        unwritable.forEach(intake::reject);
        if (!intake.errors().isEmpty()) {
            return rejected(parsed, List.of(), intake.errors());
        }
        Map<Outcome, Integer> facts = switch (mode) {
            case IMPORT -> staging.merge(change);
            case DRY_RUN -> staging.count();
            case INSERT_MISSING -> staging.insertMissing(change);
        };
        facts.forEach((outcome, count) -> counts.merge(outcome, count, Integer::sum));
        return new Written(parsed.rowsRead(), counts, List.of());
    }

    private static Written rejected(ParsedImport parsed, List<RowError> catalogueErrors, List<RowError> factErrors) {
        List<RowError> errors = new ArrayList<>(catalogueErrors);
        errors.addAll(factErrors);
        return new Written(parsed.rowsRead(), null, errors);
    }

    private Map<Outcome, Integer> writeCatalogue(Dataset catalogue, boolean insertOnly, Change change) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0);
        }
        Function<Outcome, Integer> count = outcome -> counts.merge(outcome, 1, Integer::sum);
        for (var entry : catalogue.topics()) {
            count.apply(insertTopic(entry));
        }
        for (var entry : catalogue.sources()) {
            count.apply(insertOnly ? sources.insertIfMissing(entry, change) : sources.importDraft(entry, change));
        }
        for (var entry : catalogue.metrics()) {
            count.apply(insertOnly ? metrics.insertIfMissing(entry, change) : metrics.importDraft(entry, change));
        }
        entityManager.flush(); // the facts' statements read these rows
        return counts;
    }

    private Outcome insertTopic(Dataset.TopicEntry entry) {
        if (topics.findByIdOptional(entry.code()).isPresent()) {
            return Outcome.UNCHANGED;
        }
        topics.persist(new Topic(entry.code(), entry.name(), entry.description(), entry.nameZh(), entry.descriptionZh()));
        return Outcome.CREATED;
    }

    /** One error per catalogue entry ({@code sources[0]}), with all its reasons. */
    private static List<RowError> byEntry(List<InvalidRequestException.Violation> violations) {
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        for (var violation : violations) {
            String entry = violation.entry() == null ? violation.field() : violation.entry().list() + "[" + violation.entry().index() + "]";
            String reason = violation.entry() == null ? violation.message() : violation.name() + ": " + violation.message();
            reasons.computeIfAbsent(entry, key -> new ArrayList<>()).add(reason);
        }
        return reasons.entrySet().stream().map(entry -> new RowError(null, entry.getKey(), entry.getValue())).toList();
    }
}
