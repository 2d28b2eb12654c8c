package org.carbonmarket.ops;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Business counters and timings exported at /q/metrics beside the HTTP and connection-pool metrics. */
@ApplicationScoped
public class Counters {

    private final MeterRegistry registry;

    Counters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A committed write of one resource: {@code entity} fact, metric or source; {@code action} create, replace or retire. */
    public void write(String entity, String action) {
        registry.counter("carbonmarket.writes", "entity", entity, "action", action).increment();
    }

    /** A bulk import that ended: {@code outcome} written, dry_run or rejected; {@code rows} read. */
    public void importEnded(String outcome, int rows) {
        registry.counter("carbonmarket.imports", "outcome", outcome).increment();
        registry.counter("carbonmarket.import.rows", "outcome", outcome).increment(rows);
    }

    /** A snapshot's files measured (read, written and hashed once) for one state of the data, and how long it took. */
    public void snapshotMeasured(Duration took) {
        registry.timer("carbonmarket.snapshot.measures").record(took);
    }
}
