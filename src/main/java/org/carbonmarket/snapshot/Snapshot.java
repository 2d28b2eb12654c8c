package org.carbonmarket.snapshot;

import java.time.Instant;
import java.util.List;

/**
 * The dataset as it stood at an instant: its files, each with its length and SHA-256, and the data version it
 * reproduces (null where none showed exactly this data; see {@link SnapshotRepository#dataVersion}).
 */
public record Snapshot(Instant asOf, Long dataVersion, List<File> files) {

    /** One table in one form; a CSV file also comes with a byte-order mark ({@code bom}), as a file of its own. */
    public record File(SnapshotTable table, SnapshotFormat format, boolean bom, long rows, long bytes, String sha256) {

        /** {@code facts.csv} */
        public String name() {
            return table.baseName() + "." + format.extension();
        }
    }
}
