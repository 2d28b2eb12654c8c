package org.carbonmarket.api.v1;

import java.time.Instant;
import org.carbonmarket.feed.FeedEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Change", description = "One committed change of a fact, metric or source.")
public record ChangeResponse(
        @Schema(description = "The feed's position just after this change: resume from it with `after` (or the stream's "
                + "Last-Event-ID).") String cursor,
        @Schema(description = "The commit that made it, numbered in the order commits happened (the data version it moved "
                + "to); one commit may make many changes.", examples = "1042") long commit,
        @Schema(description = "When that commit happened.", examples = "2026-11-30T10:00:00.123456Z") Instant committedAt,
        @Schema(enumeration = {"created", "updated", "retired"}, examples = "updated") String action,
        @Schema(enumeration = {"fact", "metric", "source"}, examples = "fact") String kind,
        @Schema(description = "The id or code of what changed.", examples = "49180144-1ba0-3797-ba31-a37e5193bde3") String key,
        @Schema(description = "Its version after the change: the ETag of its revision.", examples = "2") long version,
        @Schema(description = "The subject of the curator's token, or the dataset that loaded the row.", examples = "alice")
        String changedBy,
        @Schema(examples = "Corrected the unit to match the source") String comment,
        @Schema(description = "What changed, as it is now.", examples = "/api/v1/facts/49180144-1ba0-3797-ba31-a37e5193bde3")
        String link,
        @Schema(description = "Its revisions: this change is the one of `version`.",
                examples = "/api/v1/facts/49180144-1ba0-3797-ba31-a37e5193bde3/revisions") String revisions,
        @Schema(nullable = true, description = "The import that made the change; null for a curator's single write or a "
                + "shipped dataset.", examples = "/api/v1/imports/5f0c1d8e-1c7a-4d0e-9a43-7b0f9c1e2d3a") String importLink) {

    static ChangeResponse of(FeedEntry entry, String cursor) {
        String link = "/api/v1/" + entry.kind() + "s/" + entry.key();
        return new ChangeResponse(cursor, entry.commit(), entry.committedAt(), entry.action(), entry.kind(), entry.key(),
                entry.version(), entry.changedBy(), entry.comment(), link, link + "/revisions",
                entry.importId() == null ? null : "/api/v1/imports/" + entry.importId());
    }
}
