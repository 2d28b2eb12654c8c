package org.carbonmarket.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.carbonmarket.testsupport.Curation;
import org.carbonmarket.testsupport.HeldLocks;
import org.carbonmarket.testsupport.OtherReplicas;
import org.junit.jupiter.api.Test;

/**
 * Shared readings of the data version are never older than the request that asked for one; while the listener
 * listens, another transaction's commit is known within its bound without a round trip per read, and when its
 * connection is cut, reads ask the database until it listens again.
 */
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
                        if (dataVersion.fresh().version() < committed) {
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
            assertTrue(dataVersion.fresh().version() >= committedVersion());
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

    /** The listener's trust bound: within it, a commit of another replica is known, or the listener is known lost. */
    private static final Duration BOUND = OtherReplicas.BOUND;

    @Test
    void learnsOfAnotherTransactionsCommitWithinTheBound() throws Exception {
        String source = Curation.newSource();
        awaitListening();
        List<Duration> delays = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            execute("update source set title = 'Retitled " + i + "' where id = '" + source + "'");
            long committed = committedVersion();
            long start = System.nanoTime();
            while (dataVersion.current().version() < committed) {
                assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "never learnt of version " + committed);
                Thread.onSpinWait();
            }
            delays.add(Duration.ofNanos(System.nanoTime() - start));
        }
        assertTrue(delays.stream().allMatch(delay -> delay.compareTo(BOUND) <= 0), "delays " + delays);
    }

    @Test
    void answersWithoutAskingTheDatabaseWhileListening() throws Exception {
        awaitListening();
        dataVersion.current();
        try (var held = HeldLocks.take(dataSource, "lock table data_version in access exclusive mode")) {
            // A reading of the database would wait for the lock; the listener's version does not.
            var version = CompletableFuture.supplyAsync(dataVersion::current).get(2, TimeUnit.SECONDS);
            assertTrue(version.version() > 0);
        }
    }

    @Test
    void asksTheDatabaseWhileTheListenersConnectionIsCut() throws Exception {
        String source = Curation.newSource();
        awaitListening();
        execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = '"
                + DataVersionListener.APPLICATION_NAME + "'");
        long start = System.nanoTime();
        while (dataVersion.listening()) {
            assertTrue(System.nanoTime() - start < BOUND.multipliedBy(2).toNanos(), "still trusts a cut connection");
            Thread.onSpinWait();
        }
        execute("update source set title = 'Changed while nobody listens' where id = '" + source + "'");
        assertEquals(committedVersion(), dataVersion.current().version(), "read from the database at once");
        awaitListening();
        assertEquals(committedVersion(), dataVersion.current().version());
    }

    private void awaitListening() {
        long start = System.nanoTime();
        while (!dataVersion.listening()) {
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos(), "the listener never listened");
            Thread.onSpinWait();
        }
    }
}
