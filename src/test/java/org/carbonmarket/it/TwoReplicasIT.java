package org.carbonmarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.carbonmarket.testsupport.Datasets;
import org.carbonmarket.testsupport.Pagination;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the packaged service started at the same moment against one empty database: the
 * migrations and the shipped datasets are applied once, both serve, a write through one is read
 * through the other with a new ETag within 100 ms, a cursor of one pages alike on the other, and the change feed
 * gives a reader that alternates between them every change of concurrent writers on both exactly once.
 */
class TwoReplicasIT {

    private static final String DATABASE = "it_two_replicas";

    @Test
    void shareOneDatabase() throws Exception {
        ServiceProcess.recreateDatabase(DATABASE);
        try (var first = ServiceProcess.start(DATABASE, Path.of("target/it-replica-1.log"));
                var second = ServiceProcess.start(DATABASE, Path.of("target/it-replica-2.log"))) {
            first.awaitReady(Duration.ofSeconds(60));
            second.awaitReady(Duration.ofSeconds(60));

            try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + DATABASE, "postgres", "");
                    var statement = connection.createStatement()) {
                var migrations = statement.executeQuery("select count(*) from flyway_schema_history where success and type = 'SQL'");
                migrations.next();
                assertEquals(migrationFiles(), migrations.getInt(1), "each migration applied once");
                var facts = statement.executeQuery("select count(*) from fact");
                facts.next();
                assertEquals(Datasets.facts().size(), facts.getInt(1), "the shipped datasets loaded once");
            }

            String before = second.get("/api/v1/sources").headers().firstValue("ETag").orElseThrow();
            String id = createSource(first);

            var read = second.get("/api/v1/sources/" + id);
            assertEquals(200, read.statusCode(), "read through the second replica at once");
            String after = second.get("/api/v1/sources").headers().firstValue("ETag").orElseThrow();
            assertNotEquals(before, after, "the other replica's ETag changed with the write");

            // Each write through the first replica reaches the second within the listener's bound (100 ms): no read that
            // the second began more than 100 ms after the write had answered is served the version before it. What
            // is measured is the start of the last stale read, as the contract is about when a read begins; the
            // answer's own time (a cold path, a busy machine) is not the replica's staleness.
            List<Duration> stale = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String etag = second.get("/api/v1/sources/" + id).headers().firstValue("ETag").orElseThrow();
                String version = etag.substring(1, etag.indexOf('.'));
                var replaced = ServiceProcess.HTTP.send(HttpRequest.newBuilder(first.uri("/api/v1/sources/" + id))
                        .header("Authorization", Tokens.bearer("replica-test")).header("Content-Type", "application/json")
                        .header("If-Match", "\"" + version + "\"")
                        .PUT(HttpRequest.BodyPublishers.ofString("""
                                {"id": "%s", "title": "Retitled %d through the first replica", "publisher": "Test Bureau",
                                 "published": {"on": "2025-01-01", "precision": "day"}, "language": "en", "comment": "replica test"}"""
                                .formatted(id, i))).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, replaced.statusCode(), replaced.body());
                long written = System.nanoTime();
                long lastStale = written;
                for (long asked = written; second.get("/api/v1/sources/" + id).headers().firstValue("ETag").orElseThrow().equals(etag);
                        asked = System.nanoTime()) {
                    lastStale = asked;
                    assertTrue(asked - written < Duration.ofSeconds(5).toNanos(), "the second replica never saw the write");
                }
                stale.add(Duration.ofNanos(lastStale - written));
            }
            System.out.println("Start of the last read of the other replica still served the old version, after each write: " + stale);
            assertTrue(stale.stream().allMatch(delay -> delay.toMillis() < 100), "stale reads began after " + stale);

            // A cursor that one replica gave pages alike on the other: both sign with the database's key.
            String next = Pagination.link(first.get("/api/v1/facts?size=5").headers().firstValue("Link").orElseThrow(), "next");
            var target = URI.create(next);
            String page = target.getRawPath() + "?" + target.getRawQuery();
            var onSecond = second.get(page);
            assertEquals(200, onSecond.statusCode(), onSecond.body());
            assertEquals(first.get(page).body(), onSecond.body());

            // Writers on both replicas at once, and a reader that resumes from its last cursor on either one: it gets
            // each change exactly once, in commit order, whichever transaction started first.
            String cursor = endOfFeed(first);
            List<String> created = Collections.synchronizedList(new ArrayList<>());
            var writers = Executors.newFixedThreadPool(4);
            List<Future<?>> writes = new ArrayList<>();
            for (int writer = 0; writer < 4; writer++) {
                var replica = writer % 2 == 0 ? first : second;
                writes.add(writers.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        created.add(createSource(replica));
                    }
                    return null;
                }));
            }
            List<String> seen = new ArrayList<>();
            List<Long> commits = new ArrayList<>();
            boolean more = true;
            for (int turn = 0; more || writes.stream().anyMatch(write -> !write.isDone()); turn++) {
                boolean writing = writes.stream().anyMatch(write -> !write.isDone());
                JsonPath changes = JsonPath.from((turn % 2 == 0 ? first : second).get("/api/v1/changes?size=7&after="
                        + URLEncoder.encode(cursor, StandardCharsets.UTF_8)).body());
                seen.addAll(changes.getList("items.key"));
                commits.addAll(changes.getList("items.commit", Long.class));
                cursor = changes.getString("nextCursor");
                more = changes.getBoolean("more") || writing;
                Thread.sleep(10); // a pace, not an order: the replicas limit a reader to 1,200 requests a minute
            }
            writers.shutdown();
            for (Future<?> write : writes) {
                write.get();
            }
            assertEquals(40, created.size());
            assertEquals(new HashSet<>(created), new HashSet<>(seen), "every change reached the reader");
            assertEquals(seen.size(), new HashSet<>(seen).size(), "no change twice: " + seen);
            for (int i = 1; i < commits.size(); i++) {
                assertTrue(commits.get(i - 1) < commits.get(i), "one change per commit, in commit order: " + commits);
            }
        }
    }

    /** Creates a source through a replica and returns its id. */
    private static String createSource(ServiceProcess replica) throws IOException, InterruptedException {
        String id = "replica-" + UUID.randomUUID().toString().substring(0, 8);
        var created = ServiceProcess.HTTP.send(HttpRequest.newBuilder(replica.uri("/api/v1/sources"))
                .header("Authorization", Tokens.bearer("replica-test")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"id": "%s", "title": "Written through a replica", "publisher": "Test Bureau",
                         "published": {"on": "2025-01-01", "precision": "day"}, "language": "en", "comment": "replica test"}"""
                        .formatted(id))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        return id;
    }

    /** The cursor after the last change so far: the shipped datasets' loads, at least. */
    private static String endOfFeed(ServiceProcess replica) throws IOException, InterruptedException {
        JsonPath changes = JsonPath.from(replica.get("/api/v1/changes?size=1000").body());
        while (changes.getBoolean("more")) {
            changes = JsonPath.from(replica.get("/api/v1/changes?size=1000&after="
                    + URLEncoder.encode(changes.getString("nextCursor"), StandardCharsets.UTF_8)).body());
        }
        return changes.getString("nextCursor");
    }

    private static int migrationFiles() throws IOException {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return (int) files.count();
        }
    }
}
