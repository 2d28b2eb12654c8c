package org.carbonmarket.common;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The version of all served data: every commit that writes moves it on as it commits (R__trigger_functions.sql), on
 * this replica or any other, so that a representation cached or validated against it is never stale.
 *
 * <p>Every cacheable read asks for it. While a {@link DataVersionListener} listens, the answer is the version it
 * was last told of, with no round trip: a commit of another replica is known within the listener's trust bound
 * (100 ms), and a write through this replica forgets the remembered version ({@link #wrote}), so that the next
 * read, and the writer's, sees it at once. While the listener does not listen, callers read the database.
 *
 * <p>Readings of the database are shared: one thread reads, and each
 * caller waits for the first reading that starts after it asked. What a caller gets is therefore never
 * older than its request, yet a burst of requests costs one statement per round trip rather than one each.
 * The reader keeps its connection between readings, so that slow queries holding every other connection of
 * the pool cannot hold up reads that are answered from kept representations; a failed connection is
 * dropped and the next reading takes a new one.
 */
@ApplicationScoped
public class DataVersion {

    public record Current(long version, Instant changedAt) {
    }

    private final AgroalDataSource dataSource;
    private final DataVersionListener listener;
    /** Moves on with every change the listener reports and every local write, so that an older reading is not kept. */
    private long generation;
    /** The version the listener last told of, or that a reading found since; null when forgotten. */
    private volatile Current remembered;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "data-version-reader");
        thread.setDaemon(true);
        return thread;
    });
    /** The reading that callers join until it starts; null when none is waiting to start. */
    private CompletableFuture<Current> next;
    /** The reader thread's connection; only that thread touches it. */
    private Connection connection;

    /**
     * {@code listenUrl}: where the listener connects, when the datasource's URL leads to a pooler that does not keep
     * sessions (PgBouncer in transaction mode): LISTEN needs a session of its own on PostgreSQL.
     */
    DataVersion(AgroalDataSource dataSource, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "carbonmarket.data-version.listen-url") Optional<String> listenUrl,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.dataSource = dataSource;
        this.listener = new DataVersionListener(listenUrl.orElse(url), user, password.orElse(""), this::changed, this::forget);
        var listening = new Thread(listener, "data-version-listener");
        listening.setDaemon(true);
        listening.start();
    }

    /** The current version: the one the listener told of while it listens, else the database's. */
    public Current current() {
        // Trust first, then read: a version read after the listener was trusted holds every commit older than the bound.
        if (listener.alive()) {
            Current known = remembered;
            if (known != null) {
                return known;
            }
        }
        long since;
        synchronized (this) {
            since = generation;
        }
        Current read = database();
        synchronized (this) {
            if (generation == since && listener.alive()) {
                remembered = read;
            }
        }
        return read;
    }

    /** The database's version now, never a remembered one: what a write compares before and after itself. */
    public Current fresh() {
        forget();
        return database();
    }

    /** Forgets the remembered version after a write through this replica, whose commit moved the version. */
    public void wrote() {
        forget();
    }

    /** Whether versions come from the listener rather than a round trip per read. */
    public boolean listening() {
        return listener.alive();
    }

    private synchronized void changed(Current current) {
        generation++;
        if (remembered == null || current.version() > remembered.version()) {
            remembered = current;
        }
    }

    private synchronized void forget() {
        generation++;
        remembered = null;
    }

    /** The database's version, from a reading that starts after this call. */
    private Current database() {
        CompletableFuture<Current> reading;
        synchronized (this) {
            if (next == null) {
                next = new CompletableFuture<>();
                reader.execute(this::read);
            }
            reading = next;
        }
        try {
            return reading.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void read() {
        CompletableFuture<Current> reading;
        synchronized (this) {
            reading = next; // from here on, new callers wait for the next reading
            next = null;
        }
        try {
            reading.complete(query());
        } catch (RuntimeException e) {
            reading.completeExceptionally(e);
        }
    }

    private Current query() {
        boolean held = connection != null;
        try {
            return select();
        } catch (SQLException e) {
            drop();
            if (!held) {
                throw unreadable(e);
            }
        }
        try {
            return select(); // a connection kept across a database restart fails once; a new one may not
        } catch (SQLException e) {
            drop();
            throw unreadable(e);
        }
    }

    private Current select() throws SQLException {
        if (connection == null) {
            connection = dataSource.getConnection();
        }
        try (var statement = connection.prepareStatement("select version, changed_at from data_version");
                var row = statement.executeQuery()) {
            row.next();
            return new Current(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant());
        }
    }

    private static IllegalStateException unreadable(SQLException e) {
        return new IllegalStateException("The data version cannot be read.", e);
    }

    private void drop() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            // the connection is broken already; the pool discards it
        } finally {
            connection = null;
        }
    }

    @PreDestroy
    void stop() {
        listener.stop();
        reader.execute(this::drop); // on the thread that owns the connection, after any reading under way
        reader.shutdown();
    }
}
