package org.carbonmarket.api.v1;

import java.time.Instant;
import java.util.List;
import org.carbonmarket.snapshot.Snapshot;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A snapshot: its instant, the data version it reproduces, and its files with their checksums. */
@Schema(name = "Snapshot", description = "The whole dataset as it stood at an instant, as files that are the same bytes every time.")
public record SnapshotResponse(
        @Schema(description = "The instant the data is shown as of.", examples = "2026-12-07T01:00:00Z") Instant asOf,
        @Schema(nullable = true, description = "The data version whose data this is: the number of the last commit "
                + "(the change feed's `commit`) that began by `asOf`. Null when no data version showed exactly this data "
                + "(a commit that began later committed before one that began earlier), or when the commits before "
                + "`asOf` are older than the change feed.", examples = "8") Long dataVersion,
        @Schema(maxItems = 12) List<FileResponse> files) {

    @Schema(name = "SnapshotFile", description = "One table in one form.")
    public record FileResponse(
            @Schema(examples = "facts.csv") String name,
            @Schema(enumeration = {"facts", "metrics", "sources", "regions"}) String table,
            @Schema(description = "Its media type.", examples = "text/csv;charset=UTF-8;header=present") String mediaType,
            @Schema(description = "Whether the file starts with a UTF-8 byte-order mark (`bom=true`), which spreadsheets "
                    + "need to show Chinese text.") boolean byteOrderMark,
            @Schema(description = "Rows, the header row of CSV not counted.", examples = "484") long rows,
            @Schema(description = "Length in bytes.", examples = "281733") long bytes,
            @Schema(description = "SHA-256 of the file's bytes, in hexadecimal (as `sha256sum` prints it).",
                    examples = "4f0c2d5e2b9f5b8c9c1f3c0a8c2f8f4e3b0a1d2c3e4f5a6b7c8d9e0f1a2b3c4d", pattern = "^[0-9a-f]{64}$") String sha256,
            @Schema(description = "The file's address.", examples = "/api/v1/snapshots/2026-12-07T01:00:00Z/facts.csv") String href) {
    }

    static SnapshotResponse of(Snapshot snapshot) {
        return new SnapshotResponse(snapshot.asOf(), snapshot.dataVersion(), snapshot.files().stream()
                .map(file -> new FileResponse(file.name(), file.table().baseName(), file.format().mediaType(), file.bom(),
                        file.rows(), file.bytes(), file.sha256(),
                        SnapshotResource.path(snapshot.asOf()) + "/" + file.name() + (file.bom() ? "?bom=true" : "")))
                .toList());
    }
}
