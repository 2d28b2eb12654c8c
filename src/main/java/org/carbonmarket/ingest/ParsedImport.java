package org.carbonmarket.ingest;

import java.util.List;

/**
 * An import body read into a dataset. {@code factLines} gives, for each fact, the line of the file it came
 * from (empty for JSON, whose entries are named by index); {@code errors} lists rows that could not even be read.
 */
public record ParsedImport(Dataset dataset, int rowsRead, List<Integer> factLines, List<RowError> errors) {

    static ParsedImport of(Dataset dataset) {
        return new ParsedImport(dataset, dataset.size(), List.of(), List.of());
    }
}
