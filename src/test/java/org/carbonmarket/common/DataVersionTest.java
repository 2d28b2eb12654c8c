package org.carbonmarket.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Shared readings of the data version are never older than the request that asked for one. */
@QuarkusTest
class DataVersionTest {

    @Inject
    DataVersion dataVersion;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void neverAnswersWithAVersionOlderThanTheQuestion() throws Exception {
        var threads = Executors.newFixedThreadPool(17);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            work.add(() -> {
                for (int i = 0; i < 300; i++) {
                    execute("update data_version set version = version + 1, changed_at = clock_timestamp()");
                }
                return 0;
            });
            for (int reader = 0; reader < 16; reader++) {
                work.add(() -> {
                    int stale = 0;
                    for (int i = 0; i < 300; i++) {
                        long committed = committedVersion();
                        if (dataVersion.current().version() < committed) {
                            stale++;
                        }
                    }
                    return stale;
                });
            }
            int stale = 0;
            for (Future<Integer> result : threads.invokeAll(work)) {
                stale += result.get();
            }
            assertEquals(0, stale, "answers older than a version committed before they were asked for");
            assertTrue(dataVersion.current().version() >= committedVersion());
        } finally {
            threads.shutdownNow();
        }
    }

    private long committedVersion() throws SQLException {
        try (var connection = dataSource.getConnection(); var row = connection.createStatement().executeQuery("select version from data_version")) {
            row.next();
            return row.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
