package org.carbonmarket.metric;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.carbonmarket.common.Keyset;
import org.carbonmarket.common.PageResult;
import org.carbonmarket.common.Window;
import org.carbonmarket.curation.Status;

/** Queries of metrics. */
@ApplicationScoped
public class MetricRepository implements PanacheRepositoryBase<Metric, String> {

    /**
     * Published metrics by code, of one topic and changed after an instant where those are given, of
     * {@code window} as {@link PageResult#read} takes them; and how many there are.
     */
    public PageResult<Metric> published(String topic, Instant updatedSince, Window window) {
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
        long total = count(where.toString(), parameters);
        if (window.key() != null) {
            parameters.and("key", window.key().get(0));
        }
        List<Metric> read = find(where + " and " + Keyset.beyond("code", window), Keyset.sort("code", window), parameters)
                .range((int) window.offset(), (int) window.offset() + window.limit() - 1).list();
        return PageResult.read(window, read, metric -> List.of(metric.getCode()), PageResult.Total.exact(total));
    }

    /** How many published facts measure the metric. */
    public long publishedFacts(String code) {
        return ((Number) getEntityManager()
                .createNativeQuery("select count(*) from fact where metric_code = ?1 and status = 'published'")
                .setParameter(1, code).getSingleResult()).longValue();
    }
}
