package org.carbonmarket.common;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The version of all served data: every commit that writes moves it on as it commits (R__trigger_functions.sql), on
 * this replica or any other, so that a representation cached or validated against it is never stale.
 *
 * <p>Every cacheable read asks for it, so concurrent callers share readings: one thread reads, and each
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
    private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "data-version-reader");
        thread.setDaemon(true);
        return thread;
    });
    /** The reading that callers join until it starts; null when none is waiting to start. */
    private CompletableFuture<Current> next;
    /** The reader thread's connection; only that thread touches it. */
    private Connection connection;

    DataVersion(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Current current() {
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
        reader.execute(this::drop); // on the thread that owns the connection, after any reading under way
        reader.shutdown();
    }
}
