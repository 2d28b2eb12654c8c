package org.carbonmarket.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

/**
 * Locks held by a transaction of the test's own, as a long import or another replica would hold them, until
 * committed or closed (rolled back). It can wait until some other session queues behind them.
 */
public final class HeldLocks implements AutoCloseable {

    private final DataSource dataSource;
    private final Connection connection;
    private final int pid;
    private final Instant began;

    private HeldLocks(DataSource dataSource, Connection connection, int pid, Instant began) {
        this.dataSource = dataSource;
        this.connection = connection;
        this.pid = pid;
        this.began = began;
    }

    /** Runs the statements in a transaction that stays open. */
    public static HeldLocks take(DataSource dataSource, String... statements) throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            var row = statement.executeQuery("select pg_backend_pid(), now()");
            row.next();
            return new HeldLocks(dataSource, connection, row.getInt(1), row.getObject(2, OffsetDateTime.class).toInstant());
        }
    }

    /** When the transaction began: what its writes are valid from in the history. */
    public Instant began() {
        return began;
    }

    /** Returns once another session waits for a lock held here; fails after the timeout. */
    public void awaitWaiter(Duration timeout) throws SQLException {
        Instant deadline = Instant.now().plus(timeout);
        try (var observer = dataSource.getConnection();
                var query = observer.prepareStatement(
                        "select count(*) from pg_stat_activity, pg_sleep(0.02) where ? = any(pg_blocking_pids(pid))")) {
            query.setInt(1, pid);
            while (Instant.now().isBefore(deadline)) {
                try (var row = query.executeQuery()) {
                    row.next();
                    if (row.getInt(1) > 0) {
                        return;
                    }
                }
            }
        }
        throw new AssertionError("nobody waited for the held locks within " + timeout);
    }

    /** Ends the transaction with what it wrote stored, as the other replica's write would end. */
    public void commit() throws SQLException {
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
