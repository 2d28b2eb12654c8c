package org.carbonmarket.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carbonmarket.common.Checks;
import org.carbonmarket.common.InvalidRequestException;
import org.carbonmarket.common.JsonErrors;
import org.carbonmarket.common.NotFoundException;
import org.carbonmarket.common.PageResult;
import org.carbonmarket.common.Window;
import org.carbonmarket.common.PayloadTooLargeException;
import org.carbonmarket.common.StrictJson;
import org.carbonmarket.common.Utf8;
import org.carbonmarket.config.ImportConfig;
import org.carbonmarket.curation.Change;
import org.carbonmarket.curation.Outcome;
import org.carbonmarket.ops.Counters;

/**
 * Bulk imports: reads a body (JSON dataset, fact CSV, or a CSV profile), writes it all or nothing through
 * {@link DatasetImporter}, and records who imported what. The body is read as it arrives, and its facts go to the
 * database as they are read. A dry run reads and checks the same way and counts what the import would do, without
 * writing a fact, in a transaction that it rolls back (see {@link DatasetImporter.Mode#DRY_RUN}).
 */
@ApplicationScoped
public class ImportService {

    public enum Format { JSON, CSV }

    public static final List<String> PROFILES = List.of(CdiacProfile.NAME);

    private final DatasetImporter importer;
    private final ImportRunRepository runs;
    private final ObjectMapper mapper;
    private final ImportConfig config;
    private final Counters counters;

    ImportService(DatasetImporter importer, ImportRunRepository runs, ObjectMapper mapper, ImportConfig config, Counters counters) {
        this.importer = importer;
        this.runs = runs;
        this.mapper = mapper;
        this.config = config;
        this.counters = counters;
    }

    public ImportReport run(Format format, String profile, InputStream body, Change change, boolean dryRun) {
        var checks = new Checks();
        change.check(checks);
        checks.that("profile", profile == null || PROFILES.contains(profile), "must be one of " + String.join(", ", PROFILES));
        checks.that("profile", profile == null || format == Format.CSV, "applies to CSV bodies only");
        checks.throwIfAny();

        var mode = dryRun ? DatasetImporter.Mode.DRY_RUN : DatasetImporter.Mode.IMPORT;
        var naming = format == Format.JSON ? FactIntake.Naming.ENTRIES : FactIntake.Naming.LINES;
        QuarkusTransaction.begin(QuarkusTransaction.beginOptions().timeout((int) config.timeout().toSeconds()));
        try {
            InputStream in = new LimitedInputStream(body, config.maxBytes());
            var written = importer.write(intake -> parse(format, profile, in, intake), naming, mode, change);
            if (!written.errors().isEmpty() || dryRun) {
                QuarkusTransaction.rollback();
            }
            if (!written.errors().isEmpty()) {
                return rejected(format, profile, change, dryRun, written);
            }
            Map<Outcome, Integer> counts = written.counts();
            if (dryRun) {
                counters.importEnded("dry_run", written.rowsRead());
                return new ImportReport(null, true, format.name(), profile, change.comment(), change.actor(), null,
                        written.rowsRead(), counts.get(Outcome.CREATED), counts.get(Outcome.UPDATED),
                        counts.get(Outcome.UNCHANGED), 0, List.of());
            }
            var run = new ImportRun(format.name(), profile, change.comment(), change.actor(), written.rowsRead(),
                    counts.get(Outcome.CREATED), counts.get(Outcome.UPDATED), counts.get(Outcome.UNCHANGED));
            runs.persist(run);
            QuarkusTransaction.commit();
            counters.importEnded("written", written.rowsRead());
            return ImportReport.of(run);
        } catch (RuntimeException e) {
            if (QuarkusTransaction.isActive()) {
                QuarkusTransaction.rollback();
            }
            throw e;
        }
    }

    /** Imports recorded up to {@code asOf} ({@code null}: now), newest first. */
    @Transactional
    public PageResult<ImportReport> list(Instant asOf, Window window) {
        return runs.recorded(until(asOf), window).map(ImportReport::of);
    }

    @Transactional
    public ImportReport get(UUID id, Instant asOf) {
        return runs.findByIdOptional(id).filter(run -> !run.getCreatedAt().isAfter(until(asOf))).map(ImportReport::of)
                .orElseThrow(() -> new NotFoundException("import", id));
    }

    private static Instant until(Instant asOf) {
        return asOf == null ? Instant.now() : asOf;
    }

    /** Reads the body as it arrives: its facts go to the intake, so the body is never held whole (but a JSON one). */
    private ParsedImport parse(Format format, String profile, InputStream in, FactIntake intake) {
        try {
            ParsedImport parsed = switch (format) {
                case JSON -> ParsedImport.of(readDataset(in.readAllBytes()), intake);
                case CSV -> profile == null ? FactCsv.parse(utf8(in), config.maxRows(), intake)
                        : CdiacProfile.parse(utf8(in), config.maxRows(), intake);
            };
            if (parsed.rowsRead() > config.maxRows()) {
                throw new PayloadTooLargeException("The import has more than " + config.maxRows() + " rows.");
            }
            return parsed;
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(List.of(JsonErrors.violation(e)));
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidRequestException("body", "cannot be read: " + FactCsv.readable(e));
        }
    }

    /**
     * Read whole, to be checked as strictly as any other JSON body (see {@link StrictJson}). A JSON {@code null}
     * body binds to no dataset at all; it is as wrong as any other body that is not an object.
     */
    private Dataset readDataset(byte[] body) throws IOException {
        StrictJson.check(mapper.getFactory(), body);
        Dataset dataset = mapper.readValue(body, Dataset.class);
        if (dataset == null) {
            throw new InvalidRequestException("body", "must be a JSON object: a dataset of topics, sources, metrics and facts");
        }
        return dataset;
    }

    /** Strict UTF-8: a malformed byte is an error, never a silent replacement character. A leading BOM is skipped. */
    private static Reader utf8(InputStream in) throws IOException {
        var reader = new PushbackReader(new InputStreamReader(in, Utf8.strictDecoder()));
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    private ImportReport rejected(Format format, String profile, Change change, boolean dryRun, DatasetImporter.Written written) {
        List<RowError> sorted = written.errors().stream()
                .sorted(Comparator.comparing(RowError::line, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        var report = new ImportReport(null, dryRun, format.name(), profile, change.comment(), change.actor(), null,
                written.rowsRead(), 0, 0, 0, sorted.size(), sorted);
        counters.importEnded(dryRun ? "dry_run" : "rejected", written.rowsRead());
        if (dryRun) {
            return report;
        }
        throw new ImportRejectedException(report);
    }
}
