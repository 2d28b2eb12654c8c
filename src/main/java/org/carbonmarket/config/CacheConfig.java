package org.carbonmarket.config;

import io.smallrye.config.ConfigMapping;
import java.util.OptionalLong;

/** The answers a replica keeps to replay (see KeptAnswers). */
@ConfigMapping(prefix = "carbonmarket.cache")
public interface CacheConfig {

    /** Most bytes of kept answers, bodies and keys together; default a twentieth of the largest heap. */
    OptionalLong maxBytes();
}
