package org.carbonmarket.source;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.carbonmarket.common.Keyset;
import org.carbonmarket.common.PageResult;
import org.carbonmarket.common.Window;
import org.carbonmarket.curation.Status;

/** Queries of sources. */
@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<Source, String> {

    /**
     * Published sources by id, only those changed after an instant where one is given, of {@code window} as
     * {@link PageResult#read} takes them; and how many there are.
     */
    public PageResult<Source> published(Instant updatedSince, Window window) {
        String where = "status = :status and (cast(:since as Instant) is null or updatedAt > :since)";
        var parameters = Parameters.with("status", Status.PUBLISHED).and("since", updatedSince);
        long total = count(where, parameters);
        if (window.key() != null) {
            parameters.and("key", window.key().get(0));
        }
        List<Source> read = find(where + " and " + Keyset.beyond("id", window), Keyset.sort("id", window), parameters)
                .range((int) window.offset(), (int) window.offset() + window.limit() - 1).list();
        return PageResult.read(window, read, source -> List.of(source.getId()), PageResult.Total.exact(total));
    }

    /** How many published facts cite the source. */
    public long publishedFacts(String id) {
        return ((Number) getEntityManager()
                .createNativeQuery("select count(*) from fact where source_id = ?1 and status = 'published'")
                .setParameter(1, id).getSingleResult()).longValue();
    }
}
