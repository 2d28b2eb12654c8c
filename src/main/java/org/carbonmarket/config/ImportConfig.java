package org.carbonmarket.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Bounds of one bulk import. */
@ConfigMapping(prefix = "carbonmarket.imports")
public interface ImportConfig {

    /** Largest request body accepted, in bytes. */
    @WithDefault("67108864")
    long maxBytes();

    /** Most data rows (CSV lines or JSON entries) accepted in one import. */
    @WithDefault("200000")
    int maxRows();

    /** Longest an import's transaction may run before it is rolled back. */
    @WithDefault("10M")
    Duration timeout();
}
