package org.carbonmarket.source;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.carbonmarket.common.PageResult;
import org.carbonmarket.common.Window;
import org.carbonmarket.curation.KeyedRepository;

/** Queries of sources. */
@ApplicationScoped
public class SourceRepository implements KeyedRepository<Source> {

    /** Published sources by id, only those changed after an instant where one is given. */
    public PageResult<Source> published(Instant updatedSince, Window window) {
        return published("(cast(:since as Instant) is null or updatedAt > :since)", Parameters.with("since", updatedSince), window);
    }

    @Override
    public Key<Source> key() {
        return new Key<>("id", Source::getId, "source_id");
    }
}
