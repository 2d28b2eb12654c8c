package org.carbonmarket.market;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A carbon market and the metrics that describe it at a glance. The overview reads each indicator as the
 * latest point of its metric's series in the market's region.
 */
public record Market(String id, String name, String nameZh, String region, Map<String, String> indicators) {

    /** China's national emissions trading scheme. */
    static final Market CN_ETS = new Market("cn-ets", "China national emissions trading scheme", "全国碳排放权交易市场", "CN",
            indicators(
                    "launchDate", "ets.launch-date",
                    "latestClosingPrice", "ets.price.close-year-end",
                    "cumulativeVolume", "ets.volume.cumulative",
                    "cumulativeTurnover", "ets.turnover.cumulative",
                    "coveredEmissions", "ets.coverage.annual-emissions",
                    "entities", "ets.coverage.entities",
                    "coverageShare", "ets.coverage.national-share"));

    public static final List<Market> ALL = List.of(CN_ETS);

    public static Optional<Market> byId(String id) {
        return ALL.stream().filter(market -> market.id().equals(id)).findFirst();
    }

    private static Map<String, String> indicators(String... namesAndMetrics) {
        Map<String, String> indicators = new LinkedHashMap<>();
        for (int i = 0; i < namesAndMetrics.length; i += 2) {
            indicators.put(namesAndMetrics[i], namesAndMetrics[i + 1]);
        }
        return indicators;
    }
}
