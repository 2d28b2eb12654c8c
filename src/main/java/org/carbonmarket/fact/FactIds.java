package org.carbonmarket.fact;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Where each fact of a bulk import goes, by key (see {@link FactIdentity#key}): the stored fact of its key,
 * or, for a key no fact has, the id that a new fact of it gets. Built with a few queries for the whole
 * import, so that no entry needs a query of its own.
 */
public final class FactIds {

    private final Map<String, UUID> stored;
    private final Map<String, UUID> free;
    private final Set<UUID> pinnedTaken;

    FactIds(Map<String, UUID> stored, Map<String, UUID> free, Set<UUID> pinnedTaken) {
        this.stored = stored;
        this.free = free;
        this.pinnedTaken = pinnedTaken;
    }

    /**
     * Whether a fact has the first id of a draft whose key no fact has: a fact whose key a curator changed since, or
     * the fact a shipped dataset pins the id of.
     */
    boolean firstIdTaken(FactDraft draft) {
        return draft.id() != null ? pinnedTaken.contains(draft.id()) : !draft.firstIdentity().equals(free.get(draft.key()));
    }

    Optional<UUID> stored(String key) {
        return Optional.ofNullable(stored.get(key));
    }

    UUID free(String key) {
        return free.get(key);
    }

    /** A later entry of the same key finds the fact that an earlier one created. */
    void created(String key, UUID id) {
        stored.put(key, id);
    }
}
