package org.carbonmarket.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The version of all served data: every committed write moves it on (triggers of migration V3), on this
 * replica or any other, so that a representation cached or validated against it is never stale.
 */
@ApplicationScoped
public class DataVersion {

    public record Current(long version, Instant changedAt) {
    }

    private final EntityManager entityManager;

    DataVersion(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public Current current() {
        Object[] row = (Object[]) entityManager.createNativeQuery("select version, changed_at from data_version").getSingleResult();
        Object changedAt = row[1];
        Instant instant = changedAt instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) changedAt;
        return new Current(((Number) row[0]).longValue(), instant);
    }
}
