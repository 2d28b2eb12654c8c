package org.carbonmarket.ingest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why one row of an import was rejected: its line in the file (CSV) or its entry (JSON), and every reason. */
public record RowError(
        @Schema(nullable = true, description = "Line in the CSV file (the header is line 1).") Integer line,
        @Schema(nullable = true, description = "Entry of a JSON dataset, e.g. facts[3].") String entry,
        List<String> reasons) {
}
