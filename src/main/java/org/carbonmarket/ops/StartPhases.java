package org.carbonmarket.ops;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.lang.management.ManagementFactory;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jboss.logging.Logger;

/**
 * Says in the log, once a start is done, how long each of its phases took: the JVM (from the process's start to
 * {@link Main}), Quarkus up to Flyway (its static initialisation: configuration, class loading), Flyway's
 * migrations, Hibernate ORM and the rest of Quarkus, and the shipped datasets (from before the first start-up
 * observer, which loads them, to after the last).
 */
@Singleton
public class StartPhases implements FlywayConfigurationCustomizer {

    private static final Logger LOG = Logger.getLogger(StartPhases.class);

    private long migrationStarted;
    private long migrationEnded;
    private long datasetsStarted;

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.callbacks(new BaseCallback() {
            @Override
            public boolean supports(Event event, Context context) {
                return event == Event.BEFORE_MIGRATE || event == Event.AFTER_MIGRATE || event == Event.AFTER_MIGRATE_ERROR;
            }

            @Override
            public void handle(Event event, Context context) {
                if (event == Event.BEFORE_MIGRATE) {
                    migrationStarted = System.currentTimeMillis();
                } else if (event == Event.AFTER_MIGRATE || event == Event.AFTER_MIGRATE_ERROR) {
                    migrationEnded = System.currentTimeMillis();
                }
            }
        });
    }

    void beforeDatasets(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        datasetsStarted = System.currentTimeMillis();
    }

    void report(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 900) StartupEvent event) {
        long now = System.currentTimeMillis();
        long jvmStarted = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainEntered = Main.entered() > 0 ? Main.entered() : jvmStarted; // tests start Quarkus without Main
        long flywayStarted = migrationStarted > 0 ? migrationStarted : mainEntered; // unless migrations ran at start
        long flywayEnded = Math.max(migrationEnded, flywayStarted);
        LOG.infof("start phases: JVM %d ms, Quarkus up to Flyway %d ms, Flyway %d ms, Hibernate ORM and the rest of Quarkus %d ms,"
                + " shipped datasets %d ms; %d ms from the process's start", mainEntered - jvmStarted, flywayStarted - mainEntered,
                flywayEnded - flywayStarted, datasetsStarted - flywayEnded, now - datasetsStarted, now - jvmStarted);
    }
}
