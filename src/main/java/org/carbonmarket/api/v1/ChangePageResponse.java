package org.carbonmarket.api.v1;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangePage", description = "The changes after a position in the feed, oldest first.")
public record ChangePageResponse(
        List<ChangeResponse> items,
        @Schema(description = "Changes per page asked for.", examples = "100") int size,
        @Schema(nullable = true, description = "Where to resume: the last item's cursor, or the `after` asked with when "
                + "nothing has changed since; null only while the feed holds no change at all.") String nextCursor,
        @Schema(description = "Whether more changes follow already: ask again at once with `nextCursor`; otherwise poll "
                + "later with it, or stream.", examples = "false") boolean more) {
}
