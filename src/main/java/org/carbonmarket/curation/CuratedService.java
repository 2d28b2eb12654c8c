package org.carbonmarket.curation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.carbonmarket.common.AsOf;
import org.carbonmarket.common.Checks;
import org.carbonmarket.common.ConflictException;
import org.carbonmarket.common.NotFoundException;
import org.carbonmarket.common.WriteTransaction;

/**
 * What sources, metrics and facts share as curated rows: reading one (now or as of an instant) and its revisions,
 * creating, replacing and retiring it, and the write a bulk import makes of it. Replacements and retirements check
 * the version the change is based on here ({@link Change#requireVersionOf}), and nowhere else. A {@link Kind} says
 * how rows are keyed and shown, subclasses how they are found, checked and written; every method returns the read
 * model {@code R}, mapped inside the transaction, never the entity. Subclasses are {@code @Singleton} beans: the client proxy of a normal-scoped bean
 * would need a constructor without arguments.
 *
 * @param <E> the entity
 * @param <K> its key
 * @param <D> its draft: the writable fields, whose equality says whether a write would change anything
 * @param <R> its read model
 */
public abstract class CuratedService<E extends Curated, K, D extends Draft, R> {

    /**
     * What a kind of curated row is.
     *
     * @param name what a row is, in messages and metrics: {@code fact}, {@code metric}, {@code source}
     * @param table where its history is kept
     * @param naturalKey what its natural key is, in messages: {@code code}, or {@code metric, source, region and period}
     * @param key the key of a row, which names it in its path
     * @param keyOf the same key, of its read model
     * @param read its read model
     * @param draft the draft that a row would give, to compare with the one asked for
     */
    public record Kind<E, K, D, R>(String name, RevisionRepository.Table table, String naturalKey, Function<E, K> key,
            Function<R, K> keyOf, Function<E, R> read, Function<E, D> draft) {
    }

    private final Kind<E, K, D, R> kind;
    private final PanacheRepositoryBase<E, K> rows;
    protected final AsOf asOf;
    private final RevisionRepository revisions;

    protected CuratedService(Kind<E, K, D, R> kind, PanacheRepositoryBase<E, K> rows, AsOf asOf, RevisionRepository revisions) {
        this.kind = kind;
        this.rows = rows;
        this.asOf = asOf;
        this.revisions = revisions;
    }

    /** What a row is, in messages and metrics: {@code fact}, {@code metric}, {@code source}. */
    public String kind() {
        return kind.name();
    }

    /** What its natural key is, in messages: {@code code}, or {@code metric, source, region and period}. */
    protected String naturalKey() {
        return kind.naturalKey();
    }

    /** The key that names a row in its path. */
    public K keyOf(R row) {
        return kind.keyOf().apply(row);
    }

    @Transactional
    public R get(K key, Instant at) {
        asOf.apply(at);
        return read(find(key));
    }

    @Transactional
    public void requireExists(K key, Instant at) {
        asOf.apply(at);
        find(key);
    }

    /** Every version of the row written up to {@code at} ({@code null}: now), oldest first. */
    @Transactional
    public List<Revision> revisions(K key, Instant at) {
        asOf.apply(at);
        find(key);
        return revisions.of(kind.table(), key, at);
    }

    @Transactional
    @WriteTransaction
    public R create(D draft, Change change) {
        check(draft, change);
        requireNoClash(draft, null);
        return read(insert(draft, change)); // a duplicate created meanwhile surfaces as a conflict as it is inserted
    }

    @Transactional
    @WriteTransaction
    public R replace(K key, D draft, Change change) {
        check(draft, change);
        E row = findForUpdate(key);
        change.requireVersionOf(row, describe(key));
        var checks = new Checks();
        checkReplacement(key, draft, checks);
        checks.throwIfAny();
        requireNoClash(draft, key);
        update(row, draft, change);
        return read(row);
    }

    /** Retires the row with the change's comment as its reason, once, and only while no published fact uses it. */
    @Transactional
    @WriteTransaction
    public R retire(K key, Change change) {
        var checks = new Checks();
        checks.required("reason", change.comment(), 2000);
        checks.throwIfAny();
        E row = findForUpdate(key);
        change.requireVersionOf(row, describe(key));
        if (row.getStatus() == Status.RETIRED) {
            throw new ConflictException(describe(key) + " is retired already");
        }
        long usedBy = usedBy(key);
        if (usedBy > 0) {
            throw new ConflictException(describe(key) + " is still used by " + usedBy + " published fact(s); retire them first");
        }
        row.retire(change.actor(), change.comment());
        flush();
        return read(row);
    }

    /** Writes a row that a bulk import brings: created, updated when it differs from the stored one, or left alone. */
    @Transactional
    public Outcome importDraft(D draft, Change change) {
        Optional<E> existing = stored(draft);
        if (existing.isEmpty()) {
            insert(draft, change);
            return Outcome.CREATED;
        }
        E row = existing.get();
        rows.getEntityManager().refresh(row, LockModeType.PESSIMISTIC_WRITE);
        return update(row, draft, change) ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    /** Writes a row that a shipped dataset brings unless it is stored already, however curators changed it since. */
    @Transactional
    public Outcome insertIfMissing(D draft, Change change) {
        if (stored(draft).isPresent()) {
            return Outcome.UNCHANGED;
        }
        insert(draft, change);
        return Outcome.CREATED;
    }

    private E find(K key) {
        return rows.findByIdOptional(key).orElseThrow(() -> new NotFoundException(kind.name(), key));
    }

    /**
     * The row, locked until the transaction ends: a write that waited for another transaction's change of it reads
     * that change, so that its If-Match is compared with the current version, and its update cannot miss the row.
     */
    private E findForUpdate(K key) {
        return rows.findByIdOptional(key, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> new NotFoundException(kind.name(), key));
    }

    private R read(E row) {
        return kind.read().apply(row);
    }

    /** A new row with the draft's key (a code, an id) and nothing else yet. */
    protected abstract E newRow(D draft);

    /** Copies a draft onto a row, resolving its references. */
    protected abstract void apply(E row, D draft);

    /** Checks what a draft refers to (a topic, a metric, a source) exists, unless the reference failed its checks. */
    protected void checkReferences(D draft, Checks checks) {
    }

    /** Checks that a replacement keeps what never changes, such as a code. */
    protected void checkReplacement(K key, D draft, Checks checks) {
    }

    /** The stored row with the draft's natural key (a code, an id; for facts their source, metric, region and period). */
    protected abstract Optional<E> stored(D draft);

    /** How many published facts use the row, which may not be retired while they do. */
    protected abstract long usedBy(K key);

    /** Writes pending changes, so that a concurrent change fails here, as an optimistic-lock failure. */
    private void flush() {
        rows.flush();
    }

    /** Stores a new row, written at once so that a duplicate created meanwhile fails here. */
    private E insert(D draft, Change change) {
        E row = newRow(draft);
        apply(row, draft);
        row.recordChange(change.actor(), change.comment());
        rows.persist(row);
        flush();
        return row;
    }

    private void check(D draft, Change change) {
        var checks = new Checks();
        draft.check(checks);
        change.check(checks);
        checkReferences(draft, checks);
        checks.throwIfAny();
    }

    /** Applies the draft and records the change, unless it changes nothing: then there is no new version. */
    private boolean update(E row, D draft, Change change) {
        if (kind.draft().apply(row).equals(draft)) {
            return false;
        }
        apply(row, draft);
        row.recordChange(change.actor(), change.comment());
        flush();
        return true;
    }

    /** A draft may not take the natural key of another row than the one it creates or replaces ({@code replacing}). */
    private void requireNoClash(D draft, K replacing) {
        Optional<E> clash = stored(draft).filter(row -> !kind.key().apply(row).equals(replacing));
        if (clash.isPresent()) {
            throw new ConflictException(describe(kind.key().apply(clash.get())) + " has this " + kind.naturalKey()
                    + " already; update it instead");
        }
    }

    private String describe(K key) {
        return kind.name() + " '" + key + "'";
    }
}
