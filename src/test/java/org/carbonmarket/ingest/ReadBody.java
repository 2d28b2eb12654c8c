package org.carbonmarket.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.carbonmarket.fact.FactDraft;

/**
 * A body read without a database: its catalogue entries, the facts it would stage, each with its line, its
 * rejections, and its row count.
 */
record ReadBody(Dataset catalogue, int rowsRead, List<FactDraft> facts, List<Integer> lines, List<RowError> errors) {

    static ReadBody of(Function<FactIntake, ParsedImport> read) {
        List<FactDraft> facts = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        var intake = new FactIntake((fact, line) -> {
            facts.add(fact);
            lines.add(line);
        }, FactIntake.Naming.LINES, false);
        ParsedImport parsed = read.apply(intake);
        return new ReadBody(parsed.catalogue(), parsed.rowsRead(), facts, lines, intake.errors());
    }
}
