package org.carbonmarket.snapshot;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.carbonmarket.common.InvalidRequestException;
import org.carbonmarket.common.Sha256;
import org.carbonmarket.ops.Counters;

/**
 * Snapshots of the whole dataset at a fixed instant: facts, metrics, sources and regions, as CSV and JSON Lines.
 * A table is read in chunks by its key, each chunk in a short transaction of its own: the instant is fixed, so the
 * chunks show one state, and a slow download holds no connection while the client reads. A fixed instant's data
 * never changes, so neither do its files' bytes: their lengths and checksums are measured once, by writing every
 * file, for the latest {@value #KEPT} states asked for; concurrent requests for one state wait for one measure.
 */
@ApplicationScoped
public class SnapshotService {

    private static final int KEPT = 64;
    private static final int CHUNK = 5000;

    private final SnapshotRepository repository;
    private final Counters counters;
    private final Map<Instant, CompletableFuture<List<Snapshot.File>>> measured = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Instant, CompletableFuture<List<Snapshot.File>>> eldest) {
            return size() > KEPT;
        }
    };

    SnapshotService(SnapshotRepository repository, Counters counters) {
        this.repository = repository;
        this.counters = counters;
    }

    /**
     * The instant of the latest snapshot: the second after the last commit began, which shows the same data as every
     * instant up to now while nothing else commits, so that the latest snapshot keeps one address until the data
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

    /**
     * Refuses an instant whose data may still change, or one finer than the database's microseconds (which would
     * name the same data by another address): {@code name} is the parameter that gave it.
     */
    public void requireFixed(String name, Instant at) {
        if (at.getNano() % 1000 != 0) {
            throw new InvalidRequestException(name, "must not be finer than a microsecond");
        }
        Instant fixed = repository.fixedUntil();
        if (at.isAfter(fixed)) {
            throw new InvalidRequestException(name, "is not fixed yet: transactions that began before it may still write. "
                    + "The latest fixed instant is " + fixed + "; /api/v1/snapshots/latest is the latest snapshot");
        }
    }

    /** The snapshot at a fixed instant ({@link #requireFixed} first), with every file's length and checksum. */
    public Snapshot describe(Instant at) {
        return new Snapshot(at, repository.dataVersion(at), files(at));
    }

    /** One file's entry in the snapshot at a fixed instant ({@link #requireFixed} first). */
    public Snapshot.File file(Instant at, SnapshotTable table, SnapshotFormat format, boolean bom) {
        return files(at).stream().filter(file -> file.table() == table && file.format() == format && file.bom() == bom)
                .findFirst().orElseThrow();
    }

    /** The files measured at {@code at}, measuring them first unless their state of the data was. */
    private List<Snapshot.File> files(Instant at) {
        // Every instant from the last commit's start on shows the same data: one measure serves them all.
        Instant last = repository.lastCommitStart(at);
        Instant state = last == null ? at : last;
        var mine = new CompletableFuture<List<Snapshot.File>>();
        CompletableFuture<List<Snapshot.File>> known;
        synchronized (measured) {
            known = measured.putIfAbsent(state, mine);
        }
        if (known != null) {
            try {
                return known.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e; // the measure's own failure
            }
        }
        try {
            mine.complete(measure(at));
        } catch (RuntimeException e) {
            synchronized (measured) {
                measured.remove(state); // the next request measures again
            }
            mine.completeExceptionally(e);
            throw e;
        }
        return mine.join();
    }

    /** Writes one file of the snapshot at a fixed instant ({@link #requireFixed} first). */
    public void write(Instant at, SnapshotTable table, SnapshotFormat format, boolean bom, OutputStream out) throws IOException {
        if (bom) {
            out.write(SnapshotFormat.BYTE_ORDER_MARK);
        }
        export(table, at, List.of(new Target(format, out)));
    }

    /** Writes every file once, each table read once into both forms, and notes their lengths and checksums. */
    private List<Snapshot.File> measure(Instant at) {
        long start = System.nanoTime();
        List<Snapshot.File> files = new ArrayList<>();
        for (SnapshotTable table : SnapshotTable.values()) {
            var csv = new Checksum(true);
            var jsonLines = new Checksum(false);
            long rows;
            try {
                rows = export(table, at, List.of(new Target(SnapshotFormat.CSV, csv), new Target(SnapshotFormat.JSON_LINES, jsonLines)));
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a checksum writes nowhere
            }
            files.add(new Snapshot.File(table, SnapshotFormat.CSV, false, rows, csv.bytes, csv.plain()));
            files.add(new Snapshot.File(table, SnapshotFormat.CSV, true, rows, csv.bytes + SnapshotFormat.BYTE_ORDER_MARK.length, csv.marked()));
            files.add(new Snapshot.File(table, SnapshotFormat.JSON_LINES, false, rows, jsonLines.bytes, jsonLines.plain()));
        }
        counters.snapshotMeasured(Duration.ofNanos(System.nanoTime() - start));
        return List.copyOf(files);
    }

    /** Writes the table's rows to every target, chunk by chunk, and answers how many there were. */
    private long export(SnapshotTable table, Instant at, List<Target> targets) throws IOException {
        List<SnapshotFormat.TableWriter> writers = null;
        long count = 0;
        String after = "";
        while (true) {
            String key = after;
            SnapshotRepository.Chunk chunk = QuarkusTransaction.requiringNew().call(() -> repository.chunk(table, at, key, CHUNK));
            if (writers == null) {
                writers = new ArrayList<>();
                for (Target target : targets) {
                    writers.add(target.format().open(chunk.columns(), target.out()));
                }
            }
            for (Object[] row : chunk.rows()) {
                for (SnapshotFormat.TableWriter writer : writers) {
                    writer.row(row);
                }
            }
            count += chunk.rows().size();
            if (chunk.rows().size() < CHUNK) {
                break;
            }
            after = (String) chunk.rows().get(CHUNK - 1)[0];
        }
        for (SnapshotFormat.TableWriter writer : writers) {
            writer.close();
        }
        return count;
    }

    private record Target(SnapshotFormat format, OutputStream out) {
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
