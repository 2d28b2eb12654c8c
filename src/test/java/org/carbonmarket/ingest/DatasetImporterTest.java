package org.carbonmarket.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carbonmarket.curation.Change;
import org.carbonmarket.curation.Outcome;
import org.carbonmarket.fact.FactDraft;
import org.carbonmarket.fact.FactIdentity;
import org.carbonmarket.fact.FactRepository;
import org.carbonmarket.metric.MetricDraft;
import org.carbonmarket.metric.MetricRepository;
import org.carbonmarket.source.SourceDraft;
import org.carbonmarket.source.SourceRepository;
import org.junit.jupiter.api.Test;

/** Loading a dataset is idempotent and never overwrites or deletes what is stored. */
@QuarkusTest
class DatasetImporterTest {

    @Inject
    DatasetImporter importer;

    @Inject
    FactRepository facts;

    @Inject
    MetricRepository metrics;

    @Inject
    SourceRepository sources;

    @Test
    void createsOnceThenFindsEverythingPresent() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Dataset dataset = dataset(suffix, "The index rose by 12.50 points.");

        var first = write(dataset);
        var second = write(dataset);

        assertEquals(3, (int) first.get(Outcome.CREATED));
        assertEquals(0, (int) first.get(Outcome.UNCHANGED));
        assertEquals(0, (int) second.get(Outcome.CREATED));
        assertEquals(3, (int) second.get(Outcome.UNCHANGED));
        UUID id = FactIdentity.of("test-source-" + suffix, "test.metric-" + suffix, "CN", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertEquals(new BigDecimal("12.50"), valueOf(id));
        assertEquals(1, countFactsOf("test.metric-" + suffix));
    }

    @Test
    void neverOverwritesAStoredEntry() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        write(dataset(suffix, "The index rose by 12.50 points."));

        var again = write(dataset(suffix, "A different quote for the same fact."));

        assertEquals(0, (int) again.get(Outcome.CREATED));
        UUID id = FactIdentity.of("test-source-" + suffix, "test.metric-" + suffix, "CN", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertEquals("The index rose by 12.50 points.", quoteOf(id));
    }

    @Test
    void rejectsAnInvalidDatasetWholeAndNamesEachEntryWithEveryReason() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Dataset valid = dataset(suffix, "The index rose by 12.50 points.");
        var fact = valid.facts().get(0);
        var broken = new FactDraft(null, fact.metric(), fact.source(), null, null, fact.unit(), "roughly", null, "China", "state",
                new FactDraft.PeriodDraft(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1), "year", null, false, null), null, null,
                " ", "p. 1", null);
        var unknownSource = new FactDraft(null, fact.metric(), "no-such-source", BigDecimal.ONE, null, fact.unit(), "exact", null, "CN",
                "state", fact.period(), null, null, "q", "p. 1", null);
        Dataset dataset = new Dataset(List.of(), valid.sources(), valid.metrics(), List.of(fact, broken, unknownSource, fact));

        QuarkusTransaction.begin();
        DatasetImporter.Written written;
        try {
            written = writeIn(dataset);
        } finally {
            QuarkusTransaction.rollback();
        }

        assertEquals(List.of(
                new RowError(null, "facts[1]", List.of("value: exactly one of value and valueText is required",
                        "qualifier: must be one of exact, about, more_than, at_least, less_than, up_to",
                        "region: must match ^([A-Z]{2}(-[A-Z0-9]{1,3})?|[A-Z]{4})$", "period: start must not be after end",
                        "quote: is required")),
                new RowError(null, "facts[2]", List.of("source: 'no-such-source' does not exist")),
                new RowError(null, "facts[3]", List.of("states the fact of facts[0] again: the same metric, source, region and period"))),
                written.errors());
        assertEquals(null, written.counts());
    }

    private Map<Outcome, Integer> write(Dataset dataset) {
        var written = QuarkusTransaction.requiringNew().call(() -> writeIn(dataset));
        assertEquals(List.of(), written.errors());
        return written.counts();
    }

    /** Loads the dataset in the caller's transaction, as shipped datasets are loaded. */
    private DatasetImporter.Written writeIn(Dataset dataset) {
        return importer.write(intake -> ParsedImport.of(dataset, intake), FactIntake.Naming.ENTRIES, DatasetImporter.Mode.INSERT_MISSING,
                Change.create("test", "loaded by a test"));
    }

    @Transactional
    BigDecimal valueOf(UUID id) {
        return facts.findById(id).getValue();
    }

    @Transactional
    String quoteOf(UUID id) {
        return facts.findById(id).getQuote();
    }

    @Transactional
    long countFactsOf(String metric) {
        return facts.count("metric.code", metric);
    }

    private static Dataset dataset(String suffix, String quote) {
        var source = new SourceDraft("test-source-" + suffix, "A test report", "Test Bureau", null,
                new SourceDraft.Published(LocalDate.of(2025, 3, 1), "day"), "en", null, null, null, List.of("CN"), null);
        var metric = new MetricDraft("test.metric-" + suffix, "Test index", "An index used by tests.", "air", "points", "quantity", null, null);
        var fact = new FactDraft(null, metric.code(), source.id(), new BigDecimal("12.50"), null, "points", "exact", null, "CN", "state", new FactDraft.PeriodDraft(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "year", "2024", false, null), null, null, quote, "p. 1", null);
        return new Dataset(List.of(), List.of(source), List.of(metric), List.of(fact));
    }
}
