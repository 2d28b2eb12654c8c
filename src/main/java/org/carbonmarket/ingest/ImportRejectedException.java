package org.carbonmarket.ingest;

/** An import with at least one bad row: nothing of it was written, and the report says why. */
public class ImportRejectedException extends RuntimeException {

    private final ImportReport report;

    public ImportRejectedException(ImportReport report) {
        super(report.rejected() + " row(s) rejected; nothing was imported");
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
