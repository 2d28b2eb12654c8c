package org.carbonmarket.feed;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One committed change of a fact, metric or source, as the change feed lists it.
 *
 * @param commit the number of the commit that made it: the data version it moved to, in commit order
 * @param committedAt when that commit happened
 * @param kind {@code fact}, {@code metric} or {@code source}
 * @param key the row's id or code, which names it in its path
 * @param version the row's version after the change
 * @param action {@code created}, {@code updated} or {@code retired}, as its revision says
 * @param changedBy who wrote it
 * @param comment why
 * @param importId the import that wrote it, or {@code null} for a curator's single write or a shipped dataset
 */
public record FeedEntry(long commit, Instant committedAt, String kind, String key, long version, String action,
        String changedBy, String comment, UUID importId) {

    /** Where it lies in the feed: after every change of earlier commits, and in its commit by kind, key and version. */
    public List<String> position() {
        return List.of(Long.toString(commit), kind, key, Long.toString(version));
    }
}
