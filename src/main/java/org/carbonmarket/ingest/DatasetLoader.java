package org.carbonmarket.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.carbonmarket.config.DatasetConfig;
import org.carbonmarket.curation.Change;
import org.carbonmarket.curation.Outcome;
import org.jboss.logging.Logger;

/** Loads the shipped datasets at start-up through the same importer that curators use. */
@ApplicationScoped
public class DatasetLoader {

    private static final Logger LOG = Logger.getLogger(DatasetLoader.class);

    private final DatasetConfig config;
    private final DatasetImporter importer;
    private final ObjectMapper mapper;

    DatasetLoader(DatasetConfig config, DatasetImporter importer, ObjectMapper mapper) {
        this.config = config;
        this.importer = importer;
        this.mapper = mapper;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.load()) {
            return;
        }
        for (String resource : config.resources()) {
            var counts = importer.write(read(resource), DatasetImporter.Mode.INSERT_MISSING,
                    Change.create("dataset:" + resource, "loaded from the shipped dataset " + resource));
            LOG.infof("Dataset %s: %d entries created, %d already present", resource,
                    counts.get(Outcome.CREATED), counts.get(Outcome.UNCHANGED));
        }
    }

    private Dataset read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("dataset " + resource + " is not on the class path");
            }
            return mapper.readValue(in, Dataset.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dataset " + resource, e);
        }
    }
}
