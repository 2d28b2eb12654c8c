package org.carbonmarket.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** What each shipped dataset was when it was last loaded (migration V11). */
@ApplicationScoped
public class DatasetLoadRepository {

    private final EntityManager entityManager;

    DatasetLoadRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public Optional<String> checksum(String resource) {
        @SuppressWarnings("unchecked")
        List<String> rows = entityManager.createNativeQuery("select sha256 from dataset_load where resource = ?1")
                .setParameter(1, resource).getResultList();
        return rows.stream().findFirst();
    }

    @Transactional
    public void record(String resource, String sha256) {
        entityManager.createNativeQuery("""
                        insert into dataset_load (resource, sha256, loaded_at) values (?1, ?2, now())
                        on conflict (resource) do update set sha256 = excluded.sha256, loaded_at = excluded.loaded_at""")
                .setParameter(1, resource).setParameter(2, sha256).executeUpdate();
    }
}
