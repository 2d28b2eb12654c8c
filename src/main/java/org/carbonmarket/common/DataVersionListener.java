package org.carbonmarket.common;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on a connection of its own, outside the pool, for the notifications that every commit sends as it moves
 * the data version (R__trigger_functions.sql, channel {@code data_version}), on this replica or any other, and hands
 * each new version to {@code changed}. It proves its connection alive every {@link #BEAT_MILLIS} with a round trip;
 * {@link #alive()} says whether the last one started within {@link #TRUST_MILLIS}, so that a connection that
 * broke, or a network that silently stopped delivering, is known within that bound. A broken connection is
 * replaced after {@link #RETRY_MILLIS}.
 *
 * <p>A round trip is trusted from the moment it started, not ended, and only once the notifications that came with
 * it are handed over: PostgreSQL sends a listening session every notification of a commit that ended before its
 * query began ahead of that query's answer, so a version handed over before a round trip that started at {@code b}
 * holds every commit before {@code b}. A read trusted at {@code r} therefore misses no commit older than
 * {@code r - TRUST_MILLIS}, however slow the round trip or this thread.
 */
final class DataVersionListener implements Runnable {

    static final String CHANNEL = "data_version";
    /** How the listener's connection is named in pg_stat_activity. */
    static final String APPLICATION_NAME = "carbon-market-data-version-listener";
    private static final int BEAT_MILLIS = 25;
    private static final long TRUST_MILLIS = 100;
    private static final long RETRY_MILLIS = 1000;
    private static final long NEVER = Long.MIN_VALUE;
    private static final Logger LOG = Logger.getLogger(DataVersionListener.class);

    private final String url;
    private final Properties properties = new Properties();
    private final Consumer<DataVersion.Current> changed;
    private final Runnable lost;
    /** {@link System#nanoTime} of the last successful round trip; {@link #NEVER} while not listening. */
    private volatile long aliveAt = NEVER;
    private volatile boolean running = true;
    private Connection connection;

    DataVersionListener(String url, String user, String password, Consumer<DataVersion.Current> changed, Runnable lost) {
        this.url = url;
        this.changed = changed;
        this.lost = lost;
        properties.setProperty("user", user);
        properties.setProperty("password", password == null ? "" : password);
        properties.setProperty("ApplicationName", APPLICATION_NAME);
    }

    /** Whether every commit older than {@link #TRUST_MILLIS} has been handed over. */
    boolean alive() {
        long at = aliveAt;
        return at != NEVER && System.nanoTime() - at < TRUST_MILLIS * 1_000_000;
    }

    @Override
    public void run() {
        while (running) {
            try {
                if (connection == null) {
                    listen();
                }
                hand(connection.unwrap(PGConnection.class).getNotifications(BEAT_MILLIS));
                beat();
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("The data version listener lost its connection (%s); reads ask the database for the version "
                            + "until it listens again.", e.getMessage());
                }
                drop();
                pause();
            }
        }
        drop();
    }

    void stop() {
        running = false;
    }

    /** Listens, then reads the version: every commit after that read is notified. */
    private void listen() throws SQLException {
        connection = DriverManager.getConnection(url, properties);
        try (var statement = connection.createStatement()) {
            statement.execute("listen " + CHANNEL);
            long start = System.nanoTime();
            try (var row = statement.executeQuery("select version, changed_at from data_version")) {
                row.next();
                changed.accept(new DataVersion.Current(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant()));
            }
            aliveAt = start;
        }
        LOG.debug("The data version listener listens.");
    }

    /** A round trip, trusted from its start once the notifications that came before its answer are handed over. */
    private void beat() throws SQLException {
        long start = System.nanoTime();
        try (var statement = connection.createStatement()) {
            statement.execute("select 1");
        }
        hand(connection.unwrap(PGConnection.class).getNotifications());
        aliveAt = start;
    }

    private void hand(PGNotification[] notifications) {
        if (notifications != null) {
            for (PGNotification notification : notifications) {
                changed.accept(parse(notification.getParameter()));
            }
        }
    }

    /** A notification's payload: the version and the instant it changed at, in microseconds since the epoch. */
    static DataVersion.Current parse(String payload) {
        String[] parts = payload.split(" ");
        long micros = Long.parseLong(parts[1]);
        return new DataVersion.Current(Long.parseLong(parts[0]),
                Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000));
    }

    private void drop() {
        aliveAt = NEVER;
        lost.run();
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // broken already
            }
            connection = null;
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
