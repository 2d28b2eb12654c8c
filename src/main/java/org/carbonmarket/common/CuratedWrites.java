package org.carbonmarket.common;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The write steps that sources, metrics and facts share: apply a draft only when it changes something,
 * record who changed the row and why, and retire a row with a reason.
 *
 * @param <E> the curated entity
 * @param <D> its draft, whose equality says whether anything would change
 */
public final class CuratedWrites<E extends Curated, D> {

    private final Function<E, D> snapshot;
    private final BiConsumer<E, D> apply;
    private final Runnable flush;

    /**
     * @param snapshot the draft a row would give, to compare with the one asked for
     * @param apply copies a draft onto a row, resolving its references
     * @param flush writes pending changes, so that a concurrent change fails here, as an optimistic-lock failure
     */
    public CuratedWrites(Function<E, D> snapshot, BiConsumer<E, D> apply, Runnable flush) {
        this.snapshot = snapshot;
        this.apply = apply;
        this.flush = flush;
    }

    /** Applies the draft and records the change, unless it changes nothing: then there is no new version. */
    public boolean update(E row, D draft, Change change) {
        if (snapshot.apply(row).equals(draft)) {
            return false;
        }
        apply.accept(row, draft);
        row.recordChange(change.actor(), change.comment());
        flush.run();
        return true;
    }

    /** What a bulk import does with one entry: creates the row, updates it, or leaves it alone. */
    public Outcome importDraft(Optional<E> existing, D draft, Change change, Supplier<E> insert) {
        if (existing.isEmpty()) {
            insert.get();
            return Outcome.CREATED;
        }
        return update(existing.get(), draft, change) ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    /**
     * Retires a row with the change's comment as its reason, once, and only when no published fact still
     * uses it ({@code usedBy}).
     */
    public void retire(E row, Change change, String what, long usedBy) {
        change.requireVersionOf(row, what);
        if (row.getStatus() == Status.RETIRED) {
            throw new ConflictException(what + " is retired already");
        }
        if (usedBy > 0) {
            throw new ConflictException(what + " is still used by " + usedBy + " published fact(s); retire them first");
        }
        row.retire(change.actor(), change.comment());
        flush.run();
    }

    /** A retirement needs a reason: it is kept with the row and in its history. */
    public static void requireReason(Change change) {
        var checks = new Checks();
        checks.required("reason", change.comment(), 2000);
        checks.throwIfAny();
    }
}
