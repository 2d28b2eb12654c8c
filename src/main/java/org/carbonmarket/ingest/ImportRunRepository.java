package org.carbonmarket.ingest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.carbonmarket.common.PageResult;
import org.carbonmarket.common.Window;

/** Queries of the records of imports. */
@ApplicationScoped
public class ImportRunRepository implements PanacheRepositoryBase<ImportRun, UUID> {

    /**
     * Imports recorded up to {@code until}, newest first (the id breaks ties), of {@code window} as
     * {@link PageResult#read} takes them; and how many there are.
     */
    public PageResult<ImportRun> recorded(Instant until, Window window) {
        var parameters = Parameters.with("until", until);
        long total = count("createdAt <= :until", parameters);
        String beyond = "true";
        if (window.key() != null) {
            beyond = window.before() ? "(createdAt > :at or (createdAt = :at and id < :id))"
                    : "(createdAt < :at or (createdAt = :at and id > :id))";
            parameters.and("at", Instant.parse(window.key().get(0))).and("id", UUID.fromString(window.key().get(1)));
        }
        Sort sort = window.before() ? Sort.ascending("createdAt").and("id", Sort.Direction.Descending)
                : Sort.descending("createdAt").and("id");
        List<ImportRun> read = find("createdAt <= :until and " + beyond, sort, parameters)
                .range((int) window.offset(), (int) window.offset() + window.limit() - 1).list();
        return PageResult.read(window, read, run -> List.of(run.getCreatedAt().toString(), run.getId().toString()),
                PageResult.Total.exact(total));
    }
}
