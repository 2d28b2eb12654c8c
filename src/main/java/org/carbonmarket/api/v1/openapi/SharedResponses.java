package org.carbonmarket.api.v1.openapi;

import java.util.List;

/**
 * The success answers that operations share, each declared once under {@code components/responses} with its
 * examples ({@code <name>.json}, and {@code <name>.csv} where a page has a CSV form; see {@link Examples}). An
 * operation refers to a shared answer by name, with a description of its own where the general one does not fit:
 * {@code @APIResponse(responseCode = "201", ref = "Fact", description = "Created; Location and ETag name it.")}.
 */
final class SharedResponses {

    /** A shared answer: its name, what it is, its JSON schema and its JSON example. */
    record Shared(String name, String description, String schema, String json) {

        Shared(String name, String description, String schema) {
            this(name, description, schema, Examples.text(name + ".json"));
        }

        /** A first page whose example is one item of {@code item}'s, in a collection of {@code totalElements}. */
        static Shared page(String name, String description, String item, int size, int totalElements, String nextCursor) {
            return new Shared(name, description, name, Examples.page(item, size, totalElements, nextCursor));
        }

        /** Its CSV example, where it has one. */
        java.util.Optional<String> csv() {
            return Examples.find(name + ".csv");
        }

        /** Its example as a stream of server-sent events, where it has one. */
        java.util.Optional<String> events() {
            return Examples.find(name + ".events");
        }
    }

    private static final String LINKED = "; Link headers name the neighbouring pages.";

    /** Cursors as the API gives them: signed, each for its collection's query and the order key of a page's last item. */
    private static final String FACT_CURSOR = "eyJ2IjoxLCJxIjoiU3NkUGUzZlJqSDBHREtKZSIsImIiOmZhbHNlLCJrIjpbImV0cy5jb3ZlcmFnZS5hbm51YWwtZW1pc3Npb25zIiwiMjAyMi0wMS0wMSIsIjIwMjMtMTItMzEiLCI0OTE4MDE0NC0xYmEwLTM3OTctYmEzMS1hMzdlNTE5M2JkZTMiXX0.QQEtgONb6jcEuD4S03UCFw";
    private static final String MARKET_CURSOR = "eyJ2IjoxLCJxIjoiV2dWMnhrcFBpVmVNSzV6NSIsImIiOmZhbHNlLCJrIjpbImNuLWV0cyJdfQ.BeFRcqZ7g_pyy8ItkenHdg";
    private static final String REGION_CURSOR = "eyJ2IjoxLCJxIjoieGl4clk4OHo5NDQ1VVlXdiIsImIiOmZhbHNlLCJrIjpbIlNVSEgiXX0.cNgqLR8_uR52Ygh47BTilA";

    static final List<Shared> ALL = List.of(
            new Shared("Fact", "The fact; its ETag names this version.", "Fact"),
            new Shared("Metric", "The metric; its ETag names this version.", "Metric"),
            new Shared("Source", "The source; its ETag names this version.", "Source"),
            new Shared("Market", "The market's overview.", "Market"),
            new Shared("SeriesPoint", "One point of a series.", "SeriesPoint"),
            new Shared("Import", "The record of an import.", "ImportReport"),
            new Shared("Region", "The region.", "Region"),
            Shared.page("FactPage", "A page of facts" + LINKED, "Fact", 1, 2, FACT_CURSOR),
            Shared.page("MetricPage", "A page of metrics" + LINKED, "Metric", 20, 1, null),
            Shared.page("SourcePage", "A page of sources" + LINKED, "Source", 20, 1, null),
            new Shared("TopicPage", "A page of topics" + LINKED, "TopicPage"),
            new Shared("SeriesPage", "A page of a series' points" + LINKED, "SeriesPage"),
            Shared.page("MarketPage", "A page of markets.", "Market", 1, 16, MARKET_CURSOR),
            Shared.page("RegionPage", "A page of regions" + LINKED, "Region", 1, 299, REGION_CURSOR),
            Shared.page("MetricRegionPage", "A page of the regions a metric's facts name" + LINKED, "MetricRegion", 100, 1, null),
            new Shared("RevisionPage", "A page of revisions, oldest first.", "RevisionPage"),
            Shared.page("ImportPage", "A page of imports, latest first.", "Import", 20, 1, null),
            new Shared("Snapshot", "The snapshot's files, each with its rows, length and SHA-256, and the data version "
                    + "it reproduces.", "Snapshot"),
            new Shared("ChangePage", "The changes after `after`, in commit order; the Link header's `next` resumes after "
                    + "them. As a stream of server-sent events (`Accept: text/event-stream`), each change is an event.",
                    "ChangePage"));

    private SharedResponses() {
    }
}
