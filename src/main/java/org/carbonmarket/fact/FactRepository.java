package org.carbonmarket.fact;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Queries of facts. Listings are SQL rather than HQL because they use PostgreSQL's full-text search;
 * their tables are named without a schema so that as-of reads (see {@code AsOf}) answer from history.
 */
@ApplicationScoped
public class FactRepository implements PanacheRepositoryBase<Fact, UUID> {

    /**
     * The search text as a query: PostgreSQL's web-search syntax with English stemming. Each use below repeats it
     * rather than referring to one computed value, so that every branch stays uncorrelated and can use its index.
     */
    private static final String SEARCH = "websearch_to_tsquery('english', :text)";

    /** What each sort field orders by. */
    private static final Map<FactSort, List<String>> SORT_COLUMNS = new EnumMap<>(Map.of(
            FactSort.PERIOD, List.of("f.period_start", "f.period_end"),
            FactSort.VALUE, List.of("f.value"),
            FactSort.METRIC, List.of("f.metric_code"),
            FactSort.REGION, List.of("f.region"),
            FactSort.SOURCE, List.of("f.source_id"),
            FactSort.UPDATED, List.of("f.updated_at"),
            FactSort.RELEVANCE, List.of("rank")));

    /** The facts of one series: a metric's published facts in a region, against one baseline or none. */
    private static final String SERIES = "f.status = 'published' and f.metric_code = :metric and f.region = :region"
            + " and f.baseline is not distinct from cast(:baseline as text)";

    /** Ids per statement of {@link #taken}: well below the driver's limit of bind parameters. */
    private static final int ID_CHUNK = 1000;

    /**
     * The columns that {@link Fact} maps, named rather than {@code f.*}: the same statement reads the table or
     * its as-of view, and its result type must not depend on which (a prepared statement refuses that).
     */
    private static final String COLUMNS = """
            f.id, f.metric_code, f.source_id, f.value, f.value_text, f.unit, f.qualifier, f.region, f.period_start, \
            f.period_end, f.period_precision, f.period_label, f.baseline, f.quote, f.locator, f.note, f.status, \
            f.retired_reason, f.created_at, f.updated_at, f.version, f.changed_by, f.change_comment, f.time_kind, \
            f.period_inferred, f.period_basis, f.rounded_to, f.scope""";

    /**
     * Published facts that match, in the query's order; {@code pageIndex} counts from 0. The page is chosen
     * among ids first (an index-only scan where the filters allow it), and only its rows are read whole.
     */
    public List<Fact> page(FactQuery query, int pageIndex, int size) {
        Sql sql = where(query);
        String ids = "select f.id from fact f" + sql.joins + " where " + sql.where + " order by " + orderBy(query)
                + " limit :size offset :offset";
        String select = "select " + COLUMNS + " from unnest(array(" + ids + ")) with ordinality as page(id, position)"
                + " join fact f on f.id = page.id order by page.position";
        return bind(getEntityManager().createNativeQuery(select, Fact.class), sql.parameters)
                .setParameter("size", size)
                .setParameter("offset", (long) pageIndex * size)
                .getResultList();
    }

    public long count(FactQuery query) {
        Sql sql = where(query);
        String count = "select count(*) from fact f" + sql.joins + " where " + sql.where;
        return ((Number) bind(getEntityManager().createNativeQuery(count), sql.parameters).getSingleResult()).longValue();
    }

    /**
     * One published fact per period of a metric in a region against one baseline ({@code null}: none), earliest
     * first, for charting: where several sources give a value for the same period, the most recently published
     * source's.
     */
    public List<Fact> series(String metric, String region, String baseline, int pageIndex, int size) {
        String select = """
                select point.* from (
                    select distinct on (f.period_start, f.period_end) %s
                    from fact f join source s on s.id = f.source_id
                    where %s
                    order by f.period_start, f.period_end, s.published_on desc nulls last, f.updated_at desc, f.id
                ) point
                order by point.period_start nulls first, point.period_end nulls last""".formatted(COLUMNS, SERIES);
        return seriesParameters(getEntityManager().createNativeQuery(select, Fact.class), metric, region, baseline)
                .setFirstResult(pageIndex * size)
                .setMaxResults(size)
                .getResultList();
    }

    public long countSeries(String metric, String region, String baseline) {
        String count = "select count(*) from (select distinct f.period_start, f.period_end from fact f where " + SERIES + ") periods";
        return ((Number) seriesParameters(getEntityManager().createNativeQuery(count), metric, region, baseline)
                .getSingleResult()).longValue();
    }

    /** The baselines that the published facts of a metric in a region are measured against; null for none. */
    public List<String> baselines(String metric, String region) {
        @SuppressWarnings("unchecked")
        List<String> baselines = getEntityManager().createNativeQuery("""
                        select distinct f.baseline from fact f
                        where f.status = 'published' and f.metric_code = :metric and f.region = :region
                        order by f.baseline nulls first""")
                .setParameter("metric", metric)
                .setParameter("region", region)
                .getResultList();
        return baselines;
    }

    private static Query seriesParameters(Query query, String metric, String region, String baseline) {
        return query.setParameter("metric", metric).setParameter("region", region).setParameter("baseline", baseline);
    }

    /** Those of these ids that a fact has, whatever its status and key. */
    public Set<UUID> taken(Collection<UUID> ids) {
        Set<UUID> taken = new HashSet<>();
        List<UUID> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += ID_CHUNK) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + ID_CHUNK));
            taken.addAll(getEntityManager().createNativeQuery("select id from fact where id in (:ids)", UUID.class)
                    .setParameter("ids", chunk)
                    .getResultList());
        }
        return taken;
    }

    /** The fact, of any status, that has this source, metric, region and period (the schema allows one). */
    public Optional<Fact> findByKey(String source, String metric, String region, LocalDate start, LocalDate end) {
        return find("source.id = ?1 and metric.code = ?2 and region = ?3"
                        + " and period.start is not distinct from ?4 and period.end is not distinct from ?5",
                source, metric, region, start, end).firstResultOptional();
    }

    private static String orderBy(FactQuery query) {
        List<String> terms = new ArrayList<>();
        query.sort().forEach(order -> terms.add(orderBy(order.field(), order.descending())));
        if (query.sort().isEmpty() && query.text() != null) {
            terms.add(orderBy(FactSort.RELEVANCE, true));
        }
        terms.add(orderBy(FactSort.METRIC, false));
        terms.add(orderBy(FactSort.PERIOD, false));
        terms.add("f.id"); // a total order, so that pages never overlap or skip
        return String.join(", ", terms);
    }

    /** An ORDER BY fragment; nulls go last whichever the direction, so they never lead a page. */
    private static String orderBy(FactSort field, boolean descending) {
        String direction = descending ? " desc nulls last" : " asc nulls last";
        return String.join(", ", SORT_COLUMNS.get(field).stream().map(column -> column + direction).toList());
    }

    private static Sql where(FactQuery query) {
        StringBuilder joins = new StringBuilder();
        List<String> clauses = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        clauses.add("f.status = 'published'");
        if (query.topic() != null) {
            // An array of codes rather than a join: the planner then probes the metric index for each code.
            clauses.add("f.metric_code = any(array(select code from metric where topic_code = :topic))");
            parameters.put("topic", query.topic());
        }
        if (query.metric() != null) {
            clauses.add("f.metric_code = :metric");
            parameters.put("metric", query.metric());
        }
        if (query.region() != null) {
            clauses.add("f.region = :region");
            parameters.put("region", query.region());
        }
        if (query.source() != null) {
            clauses.add("f.source_id = :source");
            parameters.put("source", query.source());
        }
        // A state matches when the range its reference time lies in falls within the window; a flow or a change
        // when its span overlaps the window. No window returns a figure for a time it does not describe.
        if (query.from() != null) {
            clauses.add("(case when f.time_kind = 'state' then f.period_start >= :from"
                    + " else f.period_end is null or f.period_end >= :from end)");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            clauses.add("(case when f.time_kind = 'state' then f.period_end <= :to"
                    + " else f.period_start is null or f.period_start <= :to end)");
            parameters.put("to", query.to());
        }
        if (query.updatedSince() != null) {
            clauses.add("f.updated_at > :updatedSince");
            parameters.put("updatedSince", query.updatedSince());
        }
        if (query.text() != null) {
            // Each branch can use its table's GIN index; the rank adds up how well quote, metric and source match.
            joins.append(" ").append("""
                    join metric sm on sm.code = f.metric_code
                    join source ss on ss.id = f.source_id
                    cross join lateral (select %s as query) q
                    cross join lateral (select ts_rank(f.search_vector, q.query) + ts_rank(sm.search_vector, q.query)
                                               + ts_rank(ss.search_vector, q.query) as rank) r""".formatted(SEARCH));
            clauses.add("""
                    f.id in (select id from fact where search_vector @@ %1$s
                             union select fm.id from fact fm join metric m on m.code = fm.metric_code
                                   where m.search_vector @@ %1$s
                             union select fs.id from fact fs join source s on s.id = fs.source_id
                                   where s.search_vector @@ %1$s)""".formatted(SEARCH));
            parameters.put("text", query.text());
        }
        return new Sql(joins.toString(), String.join(" and ", clauses), parameters);
    }

    private static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private record Sql(String joins, String where, Map<String, Object> parameters) {
    }
}
