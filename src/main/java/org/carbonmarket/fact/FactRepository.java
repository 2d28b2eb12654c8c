package org.carbonmarket.fact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carbonmarket.common.Keyset;
import org.carbonmarket.common.PageResult;
import org.carbonmarket.common.Window;

/**
 * Queries of facts. Listings are SQL rather than HQL because they use PostgreSQL's full-text search;
 * their tables are named without a schema so that as-of reads (see {@code AsOf}) answer from history.
 */
@ApplicationScoped
public class FactRepository implements PanacheRepositoryBase<Fact, UUID> {

    /**
     * The search text as a query (V16's search_query): PostgreSQL's web-search syntax with English stemming, and each
     * run of Chinese characters as its bigrams in order. Each use below repeats it rather than referring to one
     * computed value, so that every branch stays uncorrelated and can use its index.
     */
    private static final String SEARCH = "public.search_query(:text)";

    /**
     * How well a fact matches the search: its quote's rank, its metric's and its source's, added up. It is computed
     * for the candidates of a search ({@link #CANDIDATES}), never for every match.
     */
    private static final String RANK = """
             join metric sm on sm.code = f.metric_code
             join source ss on ss.id = f.source_id
             cross join lateral (select %s as query) q
             cross join lateral (select ts_rank(f.search_vector, q.query) + ts_rank(sm.search_vector, q.query)
                                        + ts_rank(ss.search_vector, q.query) as rank) r""".formatted(SEARCH);

    /**
     * The most matches a search ranks: the first this many that the indexes find (in the table's order). Below it
     * a search ranks every match; above it, its count says "at least" and the ranking covers these candidates,
     * so that a word that a third of a million facts match costs what a rarer one does.
     */
    private static final int CANDIDATES = Window.MAX_DEPTH + 1;

    /** The rank of a search's candidate (see {@link #RANK}). */
    private static final String RELEVANCE = "r.rank";

    /** What each sort field orders by, and its type. */
    private static final Map<FactSort, List<Keyset.Term>> SORT_TERMS = new EnumMap<>(Map.of(
            FactSort.PERIOD, List.of(Keyset.Term.ascending("f.period_start", "date"), Keyset.Term.ascending("f.period_end", "date")),
            FactSort.VALUE, List.of(Keyset.Term.ascending("f.value", "numeric")),
            FactSort.METRIC, List.of(Keyset.Term.ascendingNotNull("f.metric_code", "text")),
            FactSort.REGION, List.of(Keyset.Term.ascendingNotNull("f.region", "text")),
            FactSort.SOURCE, List.of(Keyset.Term.ascendingNotNull("f.source_id", "text")),
            FactSort.UPDATED, List.of(Keyset.Term.ascendingNotNull("f.updated_at", "timestamptz")),
            FactSort.RELEVANCE, List.of(Keyset.Term.ascendingNotNull(RELEVANCE, "real"))));

    /** A series' order: its points' periods, earliest first; a series has one point per period. */
    private static final List<Keyset.Term> SERIES_ORDER = List.of(
            new Keyset.Term("point.period_start", "date", false, true, true), Keyset.Term.ascending("point.period_end", "date"));

    /** The order of a metric's regions: by code. */
    private static final List<Keyset.Term> REGION_ORDER = List.of(Keyset.Term.ascendingNotNull("code", "text"));

    private static final ObjectMapper JSON = new ObjectMapper();

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

    /** A fact read for a page, with its order key. */
    public record Keyed(Fact fact, List<String> key) {
    }

    /**
     * Published facts that match, in the query's order, of {@code window} as {@link PageResult#read} takes them.
     * The page is chosen among ids first, with each one's order key (an index-only scan where the filters allow
     * it), and only its rows are read whole.
     */
    public List<Keyed> page(FactQuery query, Window window) {
        Sql sql = where(query);
        List<Keyset.Term> order = order(query);
        boolean ranked = order.stream().anyMatch(term -> term.expression().equals(RELEVANCE));
        // Ranked, the page is chosen among a bounded set of candidates; otherwise among every match.
        String from = ranked ? "(select * from fact f where " + sql.where + " limit " + CANDIDATES + ") f " + RANK + " where true"
                : "fact f where " + sql.where;
        // The order key is read as each term's value, and turned into text only for the page's rows: casting every
        // matching row's before the sort cost seven times the query.
        List<String> keys = new ArrayList<>();
        List<Keyset.Term> paged = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Keyset.Term term = order.get(i);
            keys.add(term.expression() + " as k" + i);
            paged.add(term.as("page.k" + i));
        }
        String page = "select f.id, " + String.join(", ", keys) + " from " + from + " and " + Keyset.beyond(order, window, sql.parameters)
                + " order by " + Keyset.orderBy(order, window) + " limit :limit offset :offset";
        String ids = "select page.id, json_build_array(" + String.join(", ", paged.stream().map(term -> term.expression() + "::text").toList())
                + ")::text from (" + page + ") page order by " + Keyset.orderBy(paged, window);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(getEntityManager().createNativeQuery(ids), sql.parameters)
                .setParameter("limit", window.limit())
                .setParameter("offset", window.offset())
                .getResultList();
        Map<UUID, Fact> facts = byId(rows.stream().map(row -> (UUID) row[0]).toList());
        return rows.stream().map(row -> new Keyed(facts.get((UUID) row[0]), keyOf((String) row[1]))).toList();
    }

    /** How many published facts match, counted up to {@link Window#MAX_DEPTH}. */
    public PageResult.Total count(FactQuery query) {
        Sql sql = where(query);
        String count = "select count(*) from (select 1 from fact f where " + sql.where + " limit :bound) counted";
        long counted = ((Number) bind(getEntityManager().createNativeQuery(count), sql.parameters)
                .setParameter("bound", Window.MAX_DEPTH + 1).getSingleResult()).longValue();
        return PageResult.Total.upTo(counted, Window.MAX_DEPTH);
    }

    private Map<UUID, Fact> byId(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // With their metrics, topics and sources: one query, rather than one more for each reference of each fact.
        List<Fact> facts = getEntityManager()
                .createQuery("from Fact f join fetch f.metric m join fetch m.topic join fetch f.source where f.id in :ids", Fact.class)
                .setParameter("ids", ids).getResultList();
        Map<UUID, Fact> byId = new HashMap<>();
        facts.forEach(fact -> byId.put(fact.getId(), fact));
        return byId;
    }

    private static List<String> keyOf(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the database's JSON array of an order key: " + json, e);
        }
    }

    /**
     * One published fact per period of a metric in a region against one baseline ({@code null}: none), earliest
     * first, for charting: where several sources give a value for the same period, the most recently published
     * source's.
     */
    public List<Keyed> series(String metric, String region, String baseline, Window window) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String select = """
                select point.* from (
                    select distinct on (f.period_start, f.period_end) %s
                    from fact f join source s on s.id = f.source_id
                    where %s
                    order by f.period_start, f.period_end, s.published_on desc nulls last, f.updated_at desc, f.id
                ) point
                where %s
                order by %s""".formatted(COLUMNS, SERIES, Keyset.beyond(SERIES_ORDER, window, parameters),
                Keyset.orderBy(SERIES_ORDER, window));
        List<Fact> points = bind(seriesParameters(getEntityManager().createNativeQuery(select, Fact.class), metric, region, baseline),
                parameters)
                .setFirstResult((int) window.offset())
                .setMaxResults(window.limit())
                .getResultList();
        return points.stream().map(point -> new Keyed(point, Arrays.asList(text(point.getPeriod().start()), text(point.getPeriod().end()))))
                .toList();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public long countSeries(String metric, String region, String baseline) {
        String count = "select count(*) from (select distinct f.period_start, f.period_end from fact f where " + SERIES + ") periods";
        return ((Number) seriesParameters(getEntityManager().createNativeQuery(count), metric, region, baseline)
                .getSingleResult()).longValue();
    }

    /** The regions that published facts of a metric name, by code, of {@code window} as {@link PageResult#read} takes them. */
    public List<MetricRegion> regions(String metric, Window window) {
        Map<String, Object> parameters = new HashMap<>();
        String select = """
                select * from (
                    select f.region as code, r.name, r.name_zh, count(*) as facts,
                           min(coalesce(f.period_start, f.period_end))::text as first_day,
                           max(coalesce(f.period_end, f.period_start))::text as last_day
                    from fact f left join region r on r.code = f.region
                    where f.status = 'published' and f.metric_code = :metric
                    group by f.region, r.name, r.name_zh
                ) covered
                where %s
                order by %s limit :limit offset :offset""".formatted(Keyset.beyond(REGION_ORDER, window, parameters),
                Keyset.orderBy(REGION_ORDER, window));
        @SuppressWarnings("unchecked")
        List<Tuple> rows = bind(getEntityManager().createNativeQuery(select, Tuple.class), parameters)
                .setParameter("metric", metric)
                .setParameter("limit", window.limit())
                .setParameter("offset", window.offset())
                .getResultList();
        return rows.stream().map(row -> new MetricRegion(row.get("code", String.class), row.get("name", String.class),
                row.get("name_zh", String.class), row.get("facts", Number.class).longValue(),
                LocalDate.parse(row.get("first_day", String.class)), LocalDate.parse(row.get("last_day", String.class)))).toList();
    }

    public long countRegions(String metric) {
        return ((Number) getEntityManager().createNativeQuery(
                        "select count(distinct f.region) from fact f where f.status = 'published' and f.metric_code = :metric")
                .setParameter("metric", metric).getSingleResult()).longValue();
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

    /**
     * The query's order: its sort fields, relevance first by default when it searches, then metric and period, and
     * the id last, so that the order is total and pages never overlap or skip. Nulls go last whichever the
     * direction, so they never lead a page.
     */
    private static List<Keyset.Term> order(FactQuery query) {
        List<FactSort.Order> sorts = new ArrayList<>(query.sort());
        if (sorts.isEmpty() && query.text() != null) {
            sorts.add(new FactSort.Order(FactSort.RELEVANCE, true));
        }
        sorts.add(new FactSort.Order(FactSort.METRIC, false));
        sorts.add(new FactSort.Order(FactSort.PERIOD, false));
        Map<String, Keyset.Term> terms = new LinkedHashMap<>();
        for (FactSort.Order sort : sorts) {
            for (Keyset.Term term : SORT_TERMS.get(sort.field())) {
                terms.putIfAbsent(term.expression(), term.sorted(sort.descending()));
            }
        }
        terms.put("f.id", Keyset.Term.ascendingNotNull("f.id", "uuid"));
        return List.copyOf(terms.values());
    }

    private static Sql where(FactQuery query) {
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
            // A fact matches by its quote, its metric or its source; each branch is an index's bitmap (the quote's
            // full-text index, the listing index by metric, the natural key by source), and PostgreSQL ORs them.
            clauses.add("""
                    (f.search_vector @@ %1$s
                     or f.metric_code = any(array(select code from metric where search_vector @@ %1$s))
                     or f.source_id = any(array(select id from source where search_vector @@ %1$s)))""".formatted(SEARCH));
            parameters.put("text", query.text());
        }
        return new Sql(String.join(" and ", clauses), parameters);
    }

    private static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private record Sql(String where, Map<String, Object> parameters) {
    }
}
