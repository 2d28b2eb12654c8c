package org.carbonmarket.ops;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.jboss.logging.Logger;

/**
 * Says in the log, once a start is done, how long each of its phases took: the JVM (from the process's start to
 * {@link Main}), Quarkus (configuration, CDI, Flyway, Hibernate ORM) up to the start-up observers, with the time of
 * the migrations Flyway applied, and the shipped datasets (from before the first start-up observer, which loads them,
 * to after the last).
 */
@Singleton
public class StartPhases {

    private static final Logger LOG = Logger.getLogger(StartPhases.class);

    private final AgroalDataSource dataSource;
    private long observersStarted;

    StartPhases(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void beforeDatasets(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        observersStarted = System.currentTimeMillis();
    }

    void report(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 900) StartupEvent event) {
        long now = System.currentTimeMillis();
        long jvmStarted = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainEntered = Main.entered() > 0 ? Main.entered() : jvmStarted; // tests start Quarkus without Main
        LOG.infof("start phases: JVM %d ms, Quarkus %d ms (of which migrations applied: %s), shipped datasets %d ms;"
                + " %d ms from the process's start", mainEntered - jvmStarted, observersStarted - mainEntered,
                migrations(jvmStarted), now - observersStarted, now - jvmStarted);
    }

    /** The migrations Flyway applied since the process started, as its history table records them. */
    private String migrations(long since) {
        try (var connection = dataSource.getConnection(); var query = connection.prepareStatement(
                "select count(*), coalesce(sum(execution_time), 0) from flyway_schema_history where installed_on >= ?")) {
            query.setTimestamp(1, new Timestamp(since));
            try (var row = query.executeQuery()) {
                row.next();
                return row.getInt(1) == 0 ? "none" : row.getInt(1) + " in " + row.getLong(2) + " ms";
            }
        } catch (SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
