package org.carbonmarket.ingest;

import java.util.List;

/** Why one row of an import was rejected: its line in the file (CSV) or its entry (JSON), and every reason. */
public record RowError(
        Integer line,
        String entry,
        List<String> reasons) {
}
