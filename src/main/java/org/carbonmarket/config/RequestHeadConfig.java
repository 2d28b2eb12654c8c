package org.carbonmarket.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The largest request line and header fields the service reads, refused with 414 and 431 problems. Keep them below
 * quarkus.http.limits.max-initial-line-length and max-header-size: past those the HTTP server refuses a request
 * itself, before any application code, with an empty answer.
 */
@ConfigMapping(prefix = "carbonmarket.http")
public interface RequestHeadConfig {

    /** Characters of the request line: method, target and version. */
    @WithDefault("4096")
    int maxRequestLine();

    /** Bytes of all header fields, names and values. */
    @WithDefault("20K")
    MemorySize maxHeaderSize();
}
