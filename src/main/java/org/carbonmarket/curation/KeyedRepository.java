package org.carbonmarket.curation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import java.util.List;
import java.util.function.Function;
import org.carbonmarket.common.Keyset;
import org.carbonmarket.common.PageResult;
import org.carbonmarket.common.Window;

/**
 * The queries of curated rows that a key chosen by curators names (a metric's code, a source's id), which facts
 * refer to by that key.
 *
 * @param <E> the entity
 */
public interface KeyedRepository<E> extends PanacheRepositoryBase<E, String> {

    /**
     * How rows are keyed.
     *
     * @param property the entity's key property, which orders its lists
     * @param of the key of a row
     * @param factColumn the column of {@code fact} that refers to a row
     */
    record Key<E>(String property, Function<E, String> of, String factColumn) {
    }

    Key<E> key();

    /**
     * Published rows by key that match {@code where} (HQL with named {@code parameters}), of {@code window} as
     * {@link PageResult#read} takes them; and how many there are.
     */
    default PageResult<E> published(String where, Parameters parameters, Window window) {
        String published = "status = :status and " + where;
        parameters.and("status", Status.PUBLISHED);
        long total = count(published, parameters);
        if (window.key() != null) {
            parameters.and("key", window.key().get(0));
        }
        List<E> read = find(published + " and " + Keyset.beyond(key().property(), window), Keyset.sort(key().property(), window), parameters)
                .range((int) window.offset(), (int) window.offset() + window.limit() - 1).list();
        return PageResult.read(window, read, row -> List.of(key().of().apply(row)), PageResult.Total.exact(total));
    }

    /** How many published facts refer to the row. */
    default long publishedFacts(String key) {
        return ((Number) getEntityManager()
                .createNativeQuery("select count(*) from fact where " + key().factColumn() + " = ?1 and status = 'published'")
                .setParameter(1, key).getSingleResult()).longValue();
    }
}
