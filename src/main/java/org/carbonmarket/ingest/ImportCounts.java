package org.carbonmarket.ingest;

/** How many entries of a dataset were written and how many were already there. */
public final class ImportCounts {

    private int created;
    private int unchanged;

    void record(boolean wasCreated) {
        if (wasCreated) {
            created++;
        } else {
            unchanged++;
        }
    }

    public int created() {
        return created;
    }

    public int unchanged() {
        return unchanged;
    }
}
