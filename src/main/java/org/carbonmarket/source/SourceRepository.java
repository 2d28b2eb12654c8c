package org.carbonmarket.source;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.carbonmarket.curation.Status;

/** Queries of sources. */
@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<Source, String> {

    /** Published sources by id, only those changed after an instant where one is given. */
    public PanacheQuery<Source> published(Instant updatedSince) {
        return updatedSince == null
                ? find("status", Sort.by("id"), Status.PUBLISHED)
                : find("status = ?1 and updatedAt > ?2", Sort.by("id"), Status.PUBLISHED, updatedSince);
    }

    /** How many published facts cite the source. */
    public long publishedFacts(String id) {
        return ((Number) getEntityManager()
                .createNativeQuery("select count(*) from fact where source_id = ?1 and status = 'published'")
                .setParameter(1, id).getSingleResult()).longValue();
    }
}
