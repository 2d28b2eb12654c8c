package org.carbonmarket.api.v1;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.carbonmarket.ingest.ImportReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportReport", description = "What an import did, or would do, row by row.")
public record ImportResponse(
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
        List<RowErrorResponse> errors) {

    @Schema(name = "RowError", description = "Why one row was rejected.")
    public record RowErrorResponse(
            @Schema(nullable = true, description = "Line in the CSV file (the header is line 1).") Integer line,
            @Schema(nullable = true, description = "Entry of a JSON dataset, e.g. facts[3].") String entry,
            List<String> reasons) {
    }

    static ImportResponse from(ImportReport report) {
        return new ImportResponse(report.id(), report.dryRun(), report.format(), report.profile(), report.comment(),
                report.createdBy(), report.createdAt(), report.rowsRead(), report.created(), report.updated(), report.unchanged(),
                report.rejected(), report.errors().stream()
                        .map(error -> new RowErrorResponse(error.line(), error.entry(), error.reasons())).toList());
    }
}
