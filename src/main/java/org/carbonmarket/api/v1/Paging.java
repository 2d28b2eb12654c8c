package org.carbonmarket.api.v1;

import jakarta.ws.rs.QueryParam;
import org.carbonmarket.common.Window;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters every collection takes, as raw text for {@link QueryParams} and {@link Pages} to check;
 * each kind of collection adds its {@code size} with its own bound ({@link PageParams}, {@link SeriesPageParams}).
 */
public abstract class Paging {

    @QueryParam("page")
    @Parameter(description = "Page number, from 1, for the first " + Window.MAX_DEPTH + " items (page × size): "
            + "deeper pages are reached by `cursor`. Not with `cursor`.", example = "1",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10000", defaultValue = "1"))
    String page;

    @QueryParam("cursor")
    @Parameter(description = "Where the page lies: the opaque cursor of a page's `next` or `prev` link (or its "
            + "`nextCursor`, `prevCursor`), valid for the same path and the same other parameters but `size`, on "
            + "any replica and after restarts. Items added or changed meanwhile are neither repeated nor skipped, "
            + "unless their sort key moved across the cursor.", schema = @Schema(type = SchemaType.STRING, maxLength = 2000))
    String cursor;

    private final int maxSize;

    Paging(int maxSize) {
        this.maxSize = maxSize;
    }

    /** The raw {@code size} parameter. */
    abstract String size();

    /** The largest page this collection gives. */
    int maxSize() {
        return maxSize;
    }
}
