package org.carbonmarket.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.carbonmarket.common.CodedEnum;
import org.carbonmarket.fact.Fact;
import org.carbonmarket.fact.FactIdentity;
import org.carbonmarket.fact.FactRepository;
import org.carbonmarket.fact.Period;
import org.carbonmarket.fact.PeriodPrecision;
import org.carbonmarket.fact.Qualifier;
import org.carbonmarket.metric.Metric;
import org.carbonmarket.metric.MetricKind;
import org.carbonmarket.metric.MetricRepository;
import org.carbonmarket.source.DatePrecision;
import org.carbonmarket.source.Source;
import org.carbonmarket.source.SourceRepository;
import org.carbonmarket.topic.Topic;
import org.carbonmarket.topic.TopicRepository;

/**
 * Writes a validated dataset in one transaction. Entries that already exist are left exactly as they
 * are, so loading the same dataset again, or after curators changed it, never duplicates, overwrites
 * or deletes anything.
 */
@ApplicationScoped
public class DatasetImporter {

    /** Serialises concurrent imports (two replicas starting at once) across the whole cluster. */
    private static final long IMPORT_LOCK = 0x636172626f6eL;

    private final EntityManager entityManager;
    private final TopicRepository topics;
    private final SourceRepository sources;
    private final MetricRepository metrics;
    private final FactRepository facts;
    private final DatasetValidator validator;

    DatasetImporter(EntityManager entityManager, TopicRepository topics, SourceRepository sources,
            MetricRepository metrics, FactRepository facts, DatasetValidator validator) {
        this.entityManager = entityManager;
        this.topics = topics;
        this.sources = sources;
        this.metrics = metrics;
        this.facts = facts;
        this.validator = validator;
    }

    @Transactional
    public ImportCounts insertMissing(Dataset dataset) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, IMPORT_LOCK).getSingleResult();
        validator.validate(dataset);
        var counts = new ImportCounts();
        for (var entry : dataset.topics()) {
            counts.record(insertIfAbsent(topics.findByIdOptional(entry.code()).isEmpty(),
                    () -> topics.persist(new Topic(entry.code(), entry.name(), entry.description()))));
        }
        for (var entry : dataset.sources()) {
            counts.record(insertIfAbsent(sources.findByIdOptional(entry.id()).isEmpty(),
                    () -> sources.persist(toSource(entry))));
        }
        for (var entry : dataset.metrics()) {
            counts.record(insertIfAbsent(metrics.findByIdOptional(entry.code()).isEmpty(),
                    () -> metrics.persist(toMetric(entry))));
        }
        for (var entry : dataset.facts()) {
            Fact fact = toFact(entry);
            counts.record(insertIfAbsent(facts.findByIdOptional(fact.getId()).isEmpty(), () -> facts.persist(fact)));
        }
        return counts;
    }

    private static boolean insertIfAbsent(boolean absent, Runnable insert) {
        if (absent) {
            insert.run();
        }
        return absent;
    }

    private static Source toSource(Dataset.SourceEntry entry) {
        Source source = new Source(entry.id());
        source.setTitle(entry.title());
        source.setPublisher(entry.publisher());
        source.setOutlet(entry.outlet());
        source.setPublished(entry.published().on(), CodedEnum.fromCode(DatePrecision.class, entry.published().precision()));
        source.setLanguage(entry.language());
        source.setUrl(entry.url());
        source.setRetrievedFrom(entry.retrievedFrom());
        source.setLicence(entry.licence());
        source.setRegions(entry.regions() == null ? java.util.List.of() : entry.regions());
        source.setNote(entry.note());
        return source;
    }

    private Metric toMetric(Dataset.MetricEntry entry) {
        Metric metric = new Metric(entry.code());
        metric.setName(entry.name());
        metric.setDescription(entry.description());
        metric.setTopic(topics.findById(entry.topic()));
        metric.setUnit(entry.unit());
        metric.setKind(CodedEnum.fromCode(MetricKind.class, entry.kind()));
        return metric;
    }

    private Fact toFact(Dataset.FactEntry entry) {
        var period = entry.period();
        Fact fact = new Fact(FactIdentity.of(entry.source(), entry.metric(), entry.region(), period.start(), period.end()));
        fact.setMetric(metrics.findById(entry.metric()));
        fact.setSource(sources.findById(entry.source()));
        fact.setValue(entry.value());
        fact.setValueText(entry.valueText());
        fact.setUnit(entry.unit());
        fact.setQualifier(CodedEnum.fromCode(Qualifier.class, entry.qualifier()));
        fact.setRegion(entry.region());
        fact.setPeriod(new Period(period.start(), period.end(),
                CodedEnum.fromCode(PeriodPrecision.class, period.precision()), period.label()));
        fact.setBaseline(entry.baseline());
        fact.setQuote(entry.quote());
        fact.setLocator(entry.locator());
        fact.setNote(entry.note());
        return fact;
    }
}
