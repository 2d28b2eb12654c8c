package org.carbonmarket.ingest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an import did, or would do: rows read, entries created, updated and left unchanged, and every
 * rejected row with its reasons. {@code id} is set once the import is written and recorded.
 */
@Schema(name = "ImportReport", description = "What an import did, or would do, row by row.")
public record ImportReport(
        @Schema(nullable = true, description = "The import's record; null for a dry run or a rejected import.") UUID id,
        boolean dryRun,
        @Schema(enumeration = {"JSON", "CSV"}) String format,
        @Schema(nullable = true, examples = "cdiac-fossil-co2") String profile,
        String comment,
        @Schema(description = "The curator's token subject.") String createdBy,
        @Schema(nullable = true) Instant createdAt,
        int rowsRead,
        int created,
        int updated,
        int unchanged,
        int rejected,
        List<RowError> errors) {

    static ImportReport of(ImportRun run) {
        return new ImportReport(run.getId(), false, run.getFormat(), run.getProfile(), run.getComment(), run.getCreatedBy(),
                run.getCreatedAt(), run.getRowsRead(), run.getCreated(), run.getUpdated(), run.getUnchanged(), 0, List.of());
    }
}
