package org.carbonmarket.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads of the change feed: every committed change of facts, metrics and sources, in commit order. */
@ApplicationScoped
public class FeedService {

    private final FeedRepository feed;

    FeedService(FeedRepository feed) {
        this.feed = feed;
    }

    /**
     * The first {@code limit} changes after a position ({@link FeedEntry#position}; {@code null}: from the first).
     * A change is listed only once its commit is visible, and with every change of the commits before it.
     */
    @Transactional
    public List<FeedEntry> after(List<String> position, int limit) {
        return feed.after(position, limit);
    }
}
