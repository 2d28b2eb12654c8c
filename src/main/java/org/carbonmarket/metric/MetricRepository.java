package org.carbonmarket.metric;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class MetricRepository implements PanacheRepositoryBase<Metric, String> {
}
