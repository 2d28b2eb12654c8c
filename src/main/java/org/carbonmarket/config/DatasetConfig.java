package org.carbonmarket.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** The datasets the service loads at start-up. */
@ConfigMapping(prefix = "carbonmarket.datasets")
public interface DatasetConfig {

    /** Whether to load the shipped datasets at start-up (missing entries only). */
    @WithDefault("true")
    boolean load();

    /** Class-path resources, loaded in this order (later ones may cite earlier ones' sources and metrics). */
    @WithDefault("datasets/qiushi-article.json,datasets/china-national-ets.json")
    List<String> resources();
}
