package org.carbonmarket.ingest;

/**
 * What reading an import body gave besides its facts, which went to a {@link FactIntake} as they were read: the
 * catalogue entries it brings (topics, sources, metrics; no facts) and how many rows it had.
 */
record ParsedImport(Dataset catalogue, int rowsRead) {

    /** A JSON dataset, read whole: its facts go to the intake, named by their index. */
    static ParsedImport of(Dataset dataset, FactIntake intake) {
        for (int i = 0; i < dataset.facts().size(); i++) {
            intake.add(i, dataset.facts().get(i));
        }
        return new ParsedImport(new Dataset(dataset.topics(), dataset.sources(), dataset.metrics(), null), dataset.size());
    }
}
