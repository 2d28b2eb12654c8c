package org.carbonmarket.ingest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ImportRunRepository implements PanacheRepositoryBase<ImportRun, UUID> {
}
