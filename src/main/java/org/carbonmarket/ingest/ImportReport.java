package org.carbonmarket.ingest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an import did, or would do: rows read, entries created, updated and left unchanged, and every
 * rejected row with its reasons. {@code id} is set once the import is written and recorded.
 */
public record ImportReport(
        UUID id,
        boolean dryRun,
        String format,
        String profile,
        String comment,
        String createdBy,
        Instant createdAt,
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
