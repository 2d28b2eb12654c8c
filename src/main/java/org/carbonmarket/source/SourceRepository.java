package org.carbonmarket.source;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<Source, String> {
}
