package org.carbonmarket.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carbonmarket.common.Keyset;
import org.carbonmarket.common.PageResult;
import org.carbonmarket.common.Window;
import java.util.Optional;

/**
 * Queries of the regions catalogue, reference data without history. Lists come back as text joined by blanks (no
 * code or name holds a tab) and are split here, so that the queries need no array mapping.
 */
@ApplicationScoped
public class RegionRepository {

    private static final List<Keyset.Term> ORDER = List.of(Keyset.Term.ascendingNotNull("code", "text"));

    private static final String COLUMNS = """
            code, system, name, name_zh, pinyin, valid_from, valid_to, array_to_string(predecessors, ' ') as predecessors, \
            array_to_string(successors, ' ') as successors, array_to_string(source_names, chr(9)) as source_names, note""";

    private final EntityManager entityManager;

    RegionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Regions by code, of {@code window} as {@link PageResult#read} takes them. */
    public List<RegionDetails> page(Window window) {
        Map<String, Object> parameters = new HashMap<>();
        String select = "select " + COLUMNS + " from region where " + Keyset.beyond(ORDER, window, parameters)
                + " order by " + Keyset.orderBy(ORDER, window) + " limit :limit offset :offset";
        var query = entityManager.createNativeQuery(select, Tuple.class)
                .setParameter("limit", window.limit())
                .setParameter("offset", window.offset());
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(RegionRepository::details).toList();
    }

    public long count() {
        return ((Number) entityManager.createNativeQuery("select count(*) from region").getSingleResult()).longValue();
    }

    public Optional<RegionDetails> find(String code) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("select " + COLUMNS + " from region where code = ?1", Tuple.class)
                .setParameter(1, code)
                .getResultList();
        return rows.stream().findFirst().map(RegionRepository::details);
    }

    /** Adds a region the catalogue does not hold yet; a stored one is left as it is. */
    public void insertMissing(RegionDetails region) {
        entityManager.createNativeQuery("""
                        insert into region (code, system, name, name_zh, pinyin, valid_from, valid_to, predecessors, successors,
                                            source_names, note)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, string_to_array(?8, ' '), string_to_array(?9, ' '),
                                string_to_array(?10, chr(9)), ?11)
                        on conflict (code) do nothing""")
                .setParameter(1, region.code()).setParameter(2, region.system()).setParameter(3, region.name())
                .setParameter(4, region.nameZh()).setParameter(5, region.pinyin()).setParameter(6, region.validFrom())
                .setParameter(7, region.validTo()).setParameter(8, String.join(" ", region.predecessors()))
                .setParameter(9, String.join(" ", region.successors())).setParameter(10, String.join("\t", region.sourceNames()))
                .setParameter(11, region.note())
                .executeUpdate();
    }

    private static RegionDetails details(Tuple row) {
        return new RegionDetails(row.get(0, String.class), row.get(1, String.class), row.get(2, String.class),
                row.get(3, String.class), row.get(4, String.class), row.get(5, String.class), row.get(6, String.class),
                list(row.get(7, String.class), " "), list(row.get(8, String.class), " "), list(row.get(9, String.class), "\t"),
                row.get(10, String.class));
    }

    private static List<String> list(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
    }
}
