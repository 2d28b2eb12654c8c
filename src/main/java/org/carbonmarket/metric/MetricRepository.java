package org.carbonmarket.metric;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.carbonmarket.curation.Status;

/** Queries of metrics. */
@ApplicationScoped
public class MetricRepository implements PanacheRepositoryBase<Metric, String> {

    /** Published metrics by code, of one topic and changed after an instant where those are given. */
    public PanacheQuery<Metric> published(String topic, Instant updatedSince) {
        var where = new StringBuilder("status = :status");
        var parameters = Parameters.with("status", Status.PUBLISHED);
        if (topic != null) {
            where.append(" and topic.code = :topic");
            parameters.and("topic", topic);
        }
        if (updatedSince != null) {
            where.append(" and updatedAt > :since");
            parameters.and("since", updatedSince);
        }
        return find(where.toString(), Sort.by("code"), parameters);
    }

    /** How many published facts measure the metric. */
    public long publishedFacts(String code) {
        return ((Number) getEntityManager()
                .createNativeQuery("select count(*) from fact where metric_code = ?1 and status = 'published'")
                .setParameter(1, code).getSingleResult()).longValue();
    }
}
