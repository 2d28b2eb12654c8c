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
    @WithDefault("datasets/qiushi-article.json,datasets/china-national-ets.json,datasets/china-national-ets-ccer.json,"
            + "datasets/china-pilot-markets.json,datasets/peer-markets.json,datasets/china-energy-statistics.json")
    List<String> resources();

    /**
     * Whether to load CDIAC-FF's national fossil-fuel emissions of every nation, 1751-2020 (some 90,000 facts; the
     * first start on a new database takes longer, later starts skip it while the file is unchanged).
     */
    @WithDefault("true")
    boolean cdiac();
}
