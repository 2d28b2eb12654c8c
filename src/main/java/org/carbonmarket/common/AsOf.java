package org.carbonmarket.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * Makes the current transaction read the curated tables as they stood at an instant: schema {@code asof}
 * (migration V2) holds views of the history tables under the tables' own names, so the very same
 * queries and mappings answer for the past as for the present.
 */
@ApplicationScoped
public class AsOf {

    private final EntityManager entityManager;

    AsOf(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Call first in a read-only transaction; {@code null} means now. Both settings end with the transaction. */
    public void apply(Instant instant) {
        if (instant != null) {
            entityManager.createNativeQuery(
                            "select set_config('search_path', 'asof, public', true), set_config('carbonmarket.as_of', ?1, true)")
                    .setParameter(1, instant.toString())
                    .getSingleResult();
        }
    }
}
