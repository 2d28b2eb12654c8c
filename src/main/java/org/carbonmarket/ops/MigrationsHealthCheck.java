package org.carbonmarket.ops;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;

/** Ready only when the database answers and every migration this build knows has been applied. */
@Readiness
@ApplicationScoped
public class MigrationsHealthCheck implements HealthCheck {

    private final Flyway flyway;

    MigrationsHealthCheck(Flyway flyway) {
        this.flyway = flyway;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("Database migrations");
        try {
            var info = flyway.info();
            int pending = info.pending().length;
            String current = info.current() == null ? "none" : info.current().getVersion().getVersion();
            return builder.status(pending == 0).withData("version", current).withData("pending", pending).build();
        } catch (RuntimeException e) {
            return builder.down().withData("error", "database unreachable").build();
        }
    }
}
