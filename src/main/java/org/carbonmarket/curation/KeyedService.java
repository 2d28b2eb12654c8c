package org.carbonmarket.curation;

import java.util.Optional;
import java.util.function.Function;
import org.carbonmarket.common.AsOf;
import org.carbonmarket.common.Checks;

/**
 * A curated service of rows that a key chosen by curators names (a metric's code, a source's id): the key is also
 * their natural key, it never changes, and facts refer to it.
 *
 * @param <E> the entity
 * @param <D> its draft
 * @param <R> its read model
 */
public abstract class KeyedService<E extends Curated, D extends Draft, R> extends CuratedService<E, String, D, R> {

    private final KeyedRepository<E> rows;
    private final Function<D, String> draftKey;
    private final Function<String, E> newRow;

    /**
     * @param draftKey the key a draft names
     * @param newRow a new row with a key and nothing else yet
     */
    protected KeyedService(Kind<E, String, D, R> kind, KeyedRepository<E> rows, Function<D, String> draftKey,
            Function<String, E> newRow, AsOf asOf, RevisionRepository revisions) {
        super(kind, rows, asOf, revisions);
        this.rows = rows;
        this.draftKey = draftKey;
        this.newRow = newRow;
    }

    @Override
    protected E newRow(D draft) {
        return newRow.apply(draftKey.apply(draft));
    }

    @Override
    protected void checkReplacement(String key, D draft, Checks checks) {
        checks.that(naturalKey(), key.equals(draftKey.apply(draft)),
                "must be '" + key + "': a " + kind() + "'s " + naturalKey() + " never changes");
    }

    @Override
    protected Optional<E> stored(D draft) {
        return rows.findByIdOptional(draftKey.apply(draft));
    }

    /** Published facts refer to it: retire them first. */
    @Override
    protected long usedBy(String key) {
        return rows.publishedFacts(key);
    }
}
