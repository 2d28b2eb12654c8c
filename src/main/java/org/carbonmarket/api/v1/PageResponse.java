package org.carbonmarket.api.v1;

import java.util.List;
import org.carbonmarket.common.PageResult;
import org.carbonmarket.http.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a collection, with what a client needs to walk the rest. */
public record PageResponse<T>(
        @Schema(description = "The items of this page.") List<T> items,
        @Schema(description = "This page's number, from 1.", examples = "1") int page,
        @Schema(description = "Items per page asked for.", examples = "20") int size,
        @Schema(description = "Items in the whole collection under the filters.", examples = "49") long totalElements,
        @Schema(description = "Pages in the whole collection at this size.", examples = "3") int totalPages) implements Page<T> {

    static <T> PageResponse<T> of(PageResult<T> page) {
        return new PageResponse<>(page.items(), page.page(), page.size(), page.totalElements(), page.totalPages());
    }

    /*
     * The OpenAPI scanner cannot name an instance of a generic type, so each item type gets a named page schema
     * here, which describes exactly the record above; the scanner registers every class with a named @Schema, and
     * the shared responses (openapi/SharedResponses) refer to them by name.
     */

    abstract static class Doc<T> {
        @Schema(description = "The items of this page.") public List<T> items;
        @Schema(description = "This page's number, from 1.", examples = "1") public int page;
        @Schema(description = "Items per page asked for.", examples = "20") public int size;
        @Schema(description = "Items in the whole collection under the filters.", examples = "49") public long totalElements;
        @Schema(description = "Pages in the whole collection at this size.", examples = "3") public int totalPages;
    }

    @Schema(name = "FactPage")
    static final class FactPage extends Doc<FactResponse> {
    }

    @Schema(name = "MetricPage")
    static final class MetricPage extends Doc<MetricResponse> {
    }

    @Schema(name = "SourcePage")
    static final class SourcePage extends Doc<SourceResponse> {
    }

    @Schema(name = "TopicPage")
    static final class TopicPage extends Doc<TopicResponse> {
    }

    @Schema(name = "RevisionPage")
    static final class RevisionPage extends Doc<RevisionResponse> {
    }

    @Schema(name = "ImportPage")
    static final class ImportPage extends Doc<ImportResponse> {
    }

    @Schema(name = "SeriesPage")
    static final class SeriesPage extends Doc<SeriesPoint> {
    }

    @Schema(name = "RegionPage")
    static final class RegionPage extends Doc<RegionResponse> {
    }

    @Schema(name = "MarketPage")
    static final class MarketPage extends Doc<MarketResponse> {
    }
}
