package org.carbonmarket.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Bounds of a curator's single write (create, replace, retire); imports have their own (see {@link ImportConfig}). */
@ConfigMapping(prefix = "carbonmarket.writes")
public interface WriteConfig {

    /**
     * Longest a write waits for a lock (the data version while an import writes, a row that another write
     * changes) before it answers 503 with Retry-After. Far below the transaction timeout, so that a client
     * hears soon and the connection returns to the pool.
     */
    @WithDefault("5S")
    Duration lockTimeout();
}
