package org.carbonmarket.api.v1;

import java.time.LocalDate;
import java.util.List;
import org.carbonmarket.source.SourceDraft;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source as a curator creates or replaces it. */
@Schema(name = "SourceRequest", description = "A source to create or the full new state of one to replace; its id never changes.")
public record SourceRequest(
        @Schema(required = true, maxLength = 100, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", examples = "xinhua-2025-01-03-ets") String id,
        @Schema(required = true) String title,
        @Schema(required = true, examples = "Xinhua News Agency") String publisher,
        @Schema(nullable = true) String outlet,
        @Schema(required = true) PublishedRequest published,
        @Schema(required = true, description = "BCP 47 language of the text quoted.", examples = "en") String language,
        @Schema(nullable = true, description = "The document's own address.") String url,
        @Schema(nullable = true, description = "Where the text was read, when that is a republication.") String retrievedFrom,
        @Schema(nullable = true) String licence,
        @Schema(examples = "[\"CN\"]") List<String> regions,
        @Schema(nullable = true) String note,
        @Schema(required = true, description = "Why this change is made; kept in the revision history.") String comment) implements CuratedRequest<SourceDraft> {

    @Schema(name = "PublishedRequest")
    public record PublishedRequest(
            @Schema(nullable = true, description = "Absent exactly when the precision is unknown.", examples = "2025-01-03") LocalDate on,
            @Schema(required = true, enumeration = {"day", "month", "year", "unknown"}, examples = "day") String precision) {
    }

    @Override
    public SourceDraft toDraft() {
        var draftPublished = published == null ? null : new SourceDraft.Published(published.on(), published.precision());
        return new SourceDraft(id, title, publisher, outlet, draftPublished, language, url, retrievedFrom, licence, regions, note);
    }
}
