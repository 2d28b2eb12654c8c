package org.carbonmarket.snapshot;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carbonmarket.common.InvalidRequestException;
import org.carbonmarket.common.Sha256;

/**
 * Snapshots of the whole dataset at a fixed instant: facts, metrics, sources and regions, as CSV and JSON Lines.
 * A fixed instant's data never changes, so neither do its files' bytes; their checksums are computed once per
 * instant, by writing every file, and kept for the latest {@value #KEPT} instants asked for.
 */
@ApplicationScoped
public class SnapshotService {

    private static final int KEPT = 64;

    private final SnapshotRepository repository;
    private final Map<Instant, Snapshot> described = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Instant, Snapshot> eldest) {
            return size() > KEPT;
        }
    });

    SnapshotService(SnapshotRepository repository) {
        this.repository = repository;
    }

    /**
     * The instant of the latest snapshot: the second after the last commit began, which shows the same data as every
     * instant up to now while nothing else commits, so that the latest snapshot keeps one link until the data
     * changes; or the latest fixed instant, when that second is not fixed yet.
     */
    public Instant latest() {
        Instant fixed = repository.fixedUntil();
        Instant last = repository.lastCommitStart(fixed);
        if (last == null) {
            return fixed;
        }
        Instant after = last.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        return after.isAfter(fixed) ? fixed : after;
    }

    /** Refuses an instant whose data may still change: {@code name} is the parameter that gave it. */
    public void requireFixed(String name, Instant at) {
        Instant fixed = repository.fixedUntil();
        if (at.isAfter(fixed)) {
            throw new InvalidRequestException(name, "is not fixed yet: transactions that began before it may still write. "
                    + "The latest fixed instant is " + fixed + "; /api/v1/snapshots/latest names the latest snapshot");
        }
    }

    /** The snapshot at a fixed instant ({@link #requireFixed} first), with every file's length and checksum. */
    public Snapshot describe(Instant at) {
        Snapshot snapshot = described.get(at);
        if (snapshot == null) {
            snapshot = measure(at);
            described.put(at, snapshot);
        }
        return snapshot;
    }

    /** Writes one file of the snapshot at a fixed instant ({@link #requireFixed} first). */
    public void write(Instant at, SnapshotTable table, SnapshotFormat format, boolean bom, OutputStream out) throws IOException {
        if (bom) {
            out.write(SnapshotFormat.BYTE_ORDER_MARK);
        }
        read(table, at, List.of(new Target(format, out)));
    }

    /** Writes every file once, each table read once into both forms, and notes their lengths and checksums. */
    private Snapshot measure(Instant at) {
        List<Snapshot.File> files = new ArrayList<>();
        for (SnapshotTable table : SnapshotTable.values()) {
            var csv = new Checksum(true);
            var jsonLines = new Checksum(false);
            long rows = read(table, at, List.of(new Target(SnapshotFormat.CSV, csv), new Target(SnapshotFormat.JSON_LINES, jsonLines)));
            files.add(new Snapshot.File(table, SnapshotFormat.CSV, false, rows, csv.bytes, csv.plain()));
            files.add(new Snapshot.File(table, SnapshotFormat.CSV, true, rows, csv.bytes + SnapshotFormat.BYTE_ORDER_MARK.length, csv.marked()));
            files.add(new Snapshot.File(table, SnapshotFormat.JSON_LINES, false, rows, jsonLines.bytes, jsonLines.plain()));
        }
        return new Snapshot(at, repository.dataVersion(at), List.copyOf(files));
    }

    /** Writes the table's rows to every target, and answers how many there were. */
    private long read(SnapshotTable table, Instant at, List<Target> targets) {
        var rows = new Written(targets);
        repository.read(table, at, rows);
        rows.close();
        return rows.count;
    }

    private record Target(SnapshotFormat format, OutputStream out) {
    }

    /** Rows written in every form asked for, counted. */
    private static final class Written implements SnapshotRepository.Rows {

        private final List<Target> targets;
        private final List<SnapshotFormat.Rows> open = new ArrayList<>();
        private long count;

        Written(List<Target> targets) {
            this.targets = targets;
        }

        @Override
        public void columns(List<String> columns) throws IOException {
            for (Target target : targets) {
                open.add(target.format().open(columns, target.out()));
            }
        }

        @Override
        public void row(Object[] values) throws IOException {
            for (SnapshotFormat.Rows rows : open) {
                rows.row(values);
            }
            count++;
        }

        void close() {
            try {
                for (SnapshotFormat.Rows rows : open) {
                    rows.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Counts and digests what is written; for CSV also the digest of the same bytes after a byte-order mark. */
    private static final class Checksum extends OutputStream {

        private final MessageDigest plain = Sha256.digest();
        private final MessageDigest marked;
        private long bytes;

        Checksum(boolean withMark) {
            marked = withMark ? Sha256.digest() : null;
            if (marked != null) {
                marked.update(SnapshotFormat.BYTE_ORDER_MARK);
            }
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            plain.update(b, off, len);
            if (marked != null) {
                marked.update(b, off, len);
            }
            bytes += len;
        }

        String plain() {
            return HexFormat.of().formatHex(plain.digest());
        }

        String marked() {
            return HexFormat.of().formatHex(marked.digest());
        }
    }
}
