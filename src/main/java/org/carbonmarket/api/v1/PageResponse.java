package org.carbonmarket.api.v1;

import java.util.List;
import org.carbonmarket.common.PageResult;
import org.carbonmarket.common.Window;
import org.carbonmarket.http.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a collection, with what a client needs to walk the rest. */
public record PageResponse<T>(
        @Schema(description = PAGE_ITEMS) List<T> items,
        @Schema(nullable = true, description = PAGE_NUMBER, examples = "1") Integer page,
        @Schema(description = PAGE_SIZE, examples = "20") int size,
        @Schema(description = TOTAL_ELEMENTS, examples = "49") long totalElements,
        @Schema(description = TOTAL_RELATION, examples = "eq", enumeration = {"eq", "gte"}) String totalRelation,
        @Schema(description = TOTAL_PAGES, examples = "3") int totalPages,
        @Schema(nullable = true, description = NEXT_CURSOR) String nextCursor,
        @Schema(nullable = true, description = PREV_CURSOR) String prevCursor) implements Page<T> {

    static final String PAGE_ITEMS = "The items of this page.";
    static final String PAGE_NUMBER = "This page's number, from 1; null when the page was asked for by `cursor`.";
    static final String PAGE_SIZE = "Items per page asked for.";
    static final String TOTAL_ELEMENTS = "Items in the whole collection under the filters: exactly when `totalRelation` is "
            + "`eq`; at least this many when it is `gte`, for counting stops at " + Window.MAX_DEPTH + " so that no page "
            + "costs a count of every match.";
    static final String TOTAL_RELATION = "`eq`: `totalElements` is exact; `gte`: it is a lower bound.";
    static final String TOTAL_PAGES = "Pages of `totalElements` items at this size (a lower bound with `gte`).";
    static final String NEXT_CURSOR = "The cursor of the next page (the `next` link's); null on the last page.";
    static final String PREV_CURSOR = "The cursor of the previous page (the `prev` link's); null on the first page.";

    static <T> PageResponse<T> of(PageResult<T> page, String nextCursor, String prevCursor) {
        return new PageResponse<>(page.items(), page.page(), page.size(), page.total().count(),
                page.total().exact() ? "eq" : "gte", page.totalPages(), nextCursor, prevCursor);
    }

    /*
     * The OpenAPI scanner cannot name an instance of a generic type, so this class describes the record above once,
     * as the schema "Page", from which the document filter (openapi/OpenApiDocumentFilter) derives a named page
     * schema per item type (FactPage, ...) that the shared responses refer to.
     */

    @Schema(name = "Page")
    static final class Doc {
        @Schema(description = PAGE_ITEMS) public List<Object> items;
        @Schema(nullable = true, description = PAGE_NUMBER, examples = "1") public Integer page;
        @Schema(description = PAGE_SIZE, examples = "20") public int size;
        @Schema(description = TOTAL_ELEMENTS, examples = "49") public long totalElements;
        @Schema(description = TOTAL_RELATION, examples = "eq", enumeration = {"eq", "gte"}) public String totalRelation;
        @Schema(description = TOTAL_PAGES, examples = "3") public int totalPages;
        @Schema(nullable = true, description = NEXT_CURSOR) public String nextCursor;
        @Schema(nullable = true, description = PREV_CURSOR) public String prevCursor;
    }
}
