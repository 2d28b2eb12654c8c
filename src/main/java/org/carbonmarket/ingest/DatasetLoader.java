package org.carbonmarket.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.carbonmarket.common.Sha256;
import org.carbonmarket.config.DatasetConfig;
import org.carbonmarket.curation.Change;
import org.carbonmarket.curation.Outcome;
import org.jboss.logging.Logger;

/**
 * Loads the shipped data at start-up: the regions catalogue, the JSON datasets through the same importer that
 * curators use, and CDIAC-FF's file through its import profile. Each is read again only when its bytes changed
 * since it was last loaded (on this database), so a later start skips what it holds already; loading only adds
 * what is missing, so a restart never overwrites or deletes anything.
 */
@ApplicationScoped
public class DatasetLoader {

    static final String CDIAC = "datasets/cdiac/cdiac-fossil-fuel-co2-emissions-by-nation.csv";

    private static final Logger LOG = Logger.getLogger(DatasetLoader.class);

    private final DatasetConfig config;
    private final DatasetImporter importer;
    private final RegionCatalogue regions;
    private final DatasetLoadRepository loads;
    private final ObjectMapper mapper;

    DatasetLoader(DatasetConfig config, DatasetImporter importer, RegionCatalogue regions, DatasetLoadRepository loads,
            ObjectMapper mapper) {
        this.config = config;
        this.importer = importer;
        this.regions = regions;
        this.loads = loads;
        this.mapper = mapper;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.load()) {
            return;
        }
        loadChanged("regions catalogue", List.of(RegionCatalogue.REGIONS, RegionCatalogue.CDIAC_NAMES),
                files -> regions.load(files.get(0)) + " regions");
        for (String resource : config.resources()) {
            loadChanged(resource, List.of(resource), files -> write(resource, FactIntake.Naming.ENTRIES, json(resource, files.get(0))));
        }
        if (config.cdiac()) {
            loadChanged(CDIAC, List.of(CDIAC), files -> write(CDIAC, FactIntake.Naming.LINES, cdiac(files.get(0))));
        }
    }

    /** Loads what {@code resources} hold unless they are the bytes loaded last time; logs what it did and how long it took. */
    private void loadChanged(String name, List<String> resources, Function<List<byte[]>, String> load) {
        List<byte[]> files = resources.stream().map(DatasetLoader::bytes).toList();
        var all = new ByteArrayOutputStream();
        files.forEach(all::writeBytes);
        String checksum = Sha256.hex(all.toByteArray());
        if (loads.checksum(name).filter(checksum::equals).isPresent()) {
            LOG.infof("%s: unchanged since it was loaded, skipped", name);
            return;
        }
        long started = System.nanoTime();
        String done = load.apply(files);
        loads.record(name, checksum);
        LOG.infof("%s: %s, in %d ms", name, done, (System.nanoTime() - started) / 1_000_000);
    }

    /** Every entry of a shipped dataset is valid, so a rejected one is a defect of the shipped data. */
    private String write(String resource, FactIntake.Naming naming, DatasetImporter.Body body) {
        var written = QuarkusTransaction.requiringNew().call(() -> {
            var write = importer.write(body, naming, DatasetImporter.Mode.INSERT_MISSING,
                    Change.create("dataset:" + resource, "loaded from the shipped dataset " + resource));
            if (!write.errors().isEmpty()) { // thrown inside the transaction, so that it rolls back
                throw new IllegalStateException("the shipped dataset " + resource + " has entries the import rejects: " + write.errors());
            }
            return write;
        });
        return written.counts().get(Outcome.CREATED) + " entries created, " + written.counts().get(Outcome.UNCHANGED) + " already present";
    }

    private DatasetImporter.Body json(String resource, byte[] bytes) {
        try {
            Dataset dataset = mapper.readValue(bytes, Dataset.class);
            return intake -> ParsedImport.of(dataset, intake);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dataset " + resource, e);
        }
    }

    private static DatasetImporter.Body cdiac(byte[] bytes) {
        return intake -> CdiacProfile.parse(new StringReader(new String(bytes, StandardCharsets.UTF_8)), Integer.MAX_VALUE, intake);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("dataset " + resource + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dataset " + resource, e);
        }
    }
}
