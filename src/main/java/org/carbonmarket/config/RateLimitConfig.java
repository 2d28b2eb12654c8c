package org.carbonmarket.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How many requests one client may make per window; verified curators and the operations endpoints (/q/) are not limited. */
@ConfigMapping(prefix = "carbonmarket.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Requests a client may make per window. */
    @WithDefault("1200")
    int requests();

    @WithDefault("60S")
    Duration window();
}
