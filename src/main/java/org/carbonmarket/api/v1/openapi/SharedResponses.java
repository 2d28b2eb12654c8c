package org.carbonmarket.api.v1.openapi;

import java.util.List;
import java.util.Map;

/**
 * The success answers that operations share, each declared once under {@code components/responses} with its
 * example, and the examples of request bodies by their schema. An operation refers to a shared answer by name,
 * with a description of its own where the general one does not fit:
 * {@code @APIResponse(responseCode = "201", ref = "Fact", description = "Created; Location and ETag name it.")}.
 */
final class SharedResponses {

    /** A shared answer: its name, what it is, its JSON schema and example, and its CSV example where lists have one. */
    record Shared(String name, String description, String schema, String json, String csv) {
    }

    static final List<Shared> ALL = List.of(
            new Shared("Fact", "The fact; its ETag names this version.", "Fact", Examples.FACT, null),
            new Shared("Metric", "The metric; its ETag names this version.", "Metric", Examples.METRIC, null),
            new Shared("Source", "The source; its ETag names this version.", "Source", Examples.SOURCE, null),
            new Shared("Market", "The market's overview.", "Market", Examples.MARKET, null),
            new Shared("SeriesPoint", "One point of a series.", "SeriesPoint", Examples.SERIES_POINT, null),
            new Shared("Import", "The record of an import.", "ImportReport", ImportExamples.REPORT, null),
            new Shared("FactPage", "A page of facts; Link headers name the neighbouring pages.", "FactPage",
                    Examples.FACT_PAGE, Examples.FACT_CSV),
            new Shared("MetricPage", "A page of metrics; Link headers name the neighbouring pages.", "MetricPage",
                    Examples.METRIC_PAGE, Examples.METRIC_CSV),
            new Shared("SourcePage", "A page of sources; Link headers name the neighbouring pages.", "SourcePage",
                    Examples.SOURCE_PAGE, Examples.SOURCE_CSV),
            new Shared("TopicPage", "A page of topics; Link headers name the neighbouring pages.", "TopicPage",
                    Examples.TOPIC_PAGE, Examples.TOPIC_CSV),
            new Shared("SeriesPage", "A page of a series' points; Link headers name the neighbouring pages.", "SeriesPage",
                    Examples.SERIES_PAGE, Examples.SERIES_CSV),
            new Shared("MarketPage", "A page of markets.", "MarketPage", Examples.MARKET_PAGE, Examples.MARKET_CSV),
            new Shared("Region", "The region.", "Region", Examples.REGION, null),
            new Shared("RegionPage", "A page of regions; Link headers name the neighbouring pages.", "RegionPage",
                    Examples.REGION_PAGE, Examples.REGION_CSV),
            new Shared("RevisionPage", "A page of revisions, oldest first.", "RevisionPage",
                    Examples.REVISION_PAGE, Examples.REVISION_CSV),
            new Shared("ImportPage", "A page of imports, latest first.", "ImportPage",
                    ImportExamples.REPORT_PAGE, ImportExamples.REPORT_CSV));

    /** Examples of request bodies, by the name of their schema. */
    static final Map<String, String> REQUEST_EXAMPLES = Map.of(
            "FactRequest", Examples.FACT_REQUEST,
            "MetricRequest", Examples.METRIC_REQUEST,
            "SourceRequest", Examples.SOURCE_REQUEST,
            "RetireRequest", Examples.RETIRE_REQUEST);

    private SharedResponses() {
    }
}
