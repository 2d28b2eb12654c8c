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

    /** What the pilot datasets publish of every pilot market; a pilot without a figure shows it as null. */
    private static final Map<String, String> PILOT = indicators(
            "launchDate", "pilot.launch-date",
            "latestClosingPrice", "pilot.price.close",
            "cumulativeVolume", "pilot.volume.cumulative",
            "cumulativeTurnover", "pilot.turnover.cumulative",
            "cap", "pilot.cap",
            "entities", "pilot.coverage.entities",
            "coverageShare", "pilot.coverage.emissions-share");

    /** What the peer-market dataset publishes of the markets abroad. */
    private static final Map<String, String> PEER = indicators(
            "launchDate", "market.launch-date",
            "averagePrice", "market.price.average-year",
            "auctionClearingPrice", "market.price.auction-clearing",
            "cap", "market.cap",
            "coveredEmissions", "market.coverage.annual-emissions",
            "entities", "market.coverage.entities",
            "coverageShare", "market.coverage.share-of-emissions");

    public static final List<Market> ALL = List.of(CN_ETS,
            new Market("cn-bj", "Beijing pilot emissions trading scheme", "北京碳排放权交易试点", "CN-BJ", PILOT),
            new Market("cn-tj", "Tianjin pilot emissions trading scheme", "天津碳排放权交易试点", "CN-TJ", PILOT),
            new Market("cn-sh", "Shanghai pilot emissions trading scheme", "上海碳排放权交易试点", "CN-SH", PILOT),
            new Market("cn-cq", "Chongqing pilot emissions trading scheme", "重庆碳排放权交易试点", "CN-CQ", PILOT),
            new Market("cn-hb", "Hubei pilot emissions trading scheme", "湖北碳排放权交易试点", "CN-HB", PILOT),
            new Market("cn-gd", "Guangdong pilot emissions trading scheme (without Shenzhen)", "广东碳排放权交易试点(不含深圳)",
                    "CN-GD", PILOT),
            new Market("cn-sz", "Shenzhen pilot emissions trading scheme", "深圳碳排放权交易试点", "CN-SZ", PILOT),
            new Market("cn-fj", "Fujian pilot emissions trading scheme", "福建碳排放权交易试点", "CN-FJ", PILOT),
            new Market("eu-ets", "EU Emissions Trading System", "欧盟碳排放交易体系", "EU", PEER),
            new Market("uk-ets", "UK Emissions Trading Scheme", "英国碳排放交易体系", "GB", PEER),
            new Market("k-ets", "Korea Emissions Trading Scheme", "韩国碳排放交易体系", "KR", PEER),
            new Market("california", "California cap-and-trade program", "加利福尼亚州总量控制与交易计划", "US-CA", PEER),
            new Market("quebec", "Québec cap-and-trade system", "魁北克省总量控制与交易体系", "CA-QC", PEER),
            new Market("rggi", "Regional Greenhouse Gas Initiative", "区域温室气体倡议", "XR", PEER),
            new Market("nz-ets", "New Zealand Emissions Trading Scheme", "新西兰碳排放交易体系", "NZ", PEER));

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
