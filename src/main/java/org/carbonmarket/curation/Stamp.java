package org.carbonmarket.curation;

import java.time.Instant;

/** What every curated row's read model carries besides its fields: status, version and when it was written. */
public record Stamp(Status status, long version, Instant createdAt, Instant updatedAt) {

    public static Stamp of(Curated row) {
        return new Stamp(row.getStatus(), row.getVersion(), row.getCreatedAt(), row.getUpdatedAt());
    }
}
