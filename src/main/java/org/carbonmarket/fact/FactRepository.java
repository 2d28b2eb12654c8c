package org.carbonmarket.fact;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.carbonmarket.common.Status;

@ApplicationScoped
public class FactRepository implements PanacheRepositoryBase<Fact, UUID> {

    /** The published facts that match, in the query's order; page and count it in the database. */
    public PanacheQuery<Fact> search(FactQuery query) {
        Where where = where(query);
        return find("from Fact f where " + where.hql + " order by " + orderBy(query.sort()), where.parameters);
    }

    /** The fact, of any status, that has this source, metric, region and period (the schema allows one). */
    public Optional<Fact> findByKey(String source, String metric, String region, LocalDate start, LocalDate end) {
        return find("source.id = ?1 and metric.code = ?2 and region = ?3"
                        + " and period.start is not distinct from ?4 and period.end is not distinct from ?5",
                source, metric, region, start, end).firstResultOptional();
    }

    private static String orderBy(List<FactSort.Order> sort) {
        List<String> terms = new ArrayList<>();
        sort.forEach(order -> terms.add(order.field().orderBy(order.descending())));
        terms.add(FactSort.METRIC.orderBy(false));
        terms.add(FactSort.PERIOD.orderBy(false));
        terms.add("f.id"); // a total order, so that pages never overlap or skip
        return String.join(", ", terms);
    }

    private static Where where(FactQuery query) {
        List<String> clauses = new ArrayList<>();
        Parameters parameters = new Parameters();
        clauses.add("f.status = :published");
        parameters.and("published", Status.PUBLISHED);
        if (query.topic() != null) {
            clauses.add("f.metric.topic.code = :topic");
            parameters.and("topic", query.topic());
        }
        if (query.metric() != null) {
            clauses.add("f.metric.code = :metric");
            parameters.and("metric", query.metric());
        }
        if (query.region() != null) {
            clauses.add("f.region = :region");
            parameters.and("region", query.region());
        }
        if (query.source() != null) {
            clauses.add("f.source.id = :source");
            parameters.and("source", query.source());
        }
        if (query.from() != null) {
            clauses.add("(f.period.end is null or f.period.end >= :from)");
            parameters.and("from", query.from());
        }
        if (query.to() != null) {
            clauses.add("(f.period.start is null or f.period.start <= :to)");
            parameters.and("to", query.to());
        }
        if (query.text() != null) {
            clauses.add("(lower(f.quote) like :text escape '!' or lower(f.metric.name) like :text escape '!'"
                    + " or lower(f.metric.description) like :text escape '!')");
            parameters.and("text", "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%");
        }
        return new Where(String.join(" and ", clauses), parameters);
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private record Where(String hql, Parameters parameters) {
    }
}
