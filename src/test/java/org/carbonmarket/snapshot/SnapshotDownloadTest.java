package org.carbonmarket.snapshot;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.carbonmarket.api.error.ProblemMappers;
import org.carbonmarket.common.Sha256;
import org.carbonmarket.testsupport.Curation;
import org.carbonmarket.testsupport.LogCapture;
import org.carbonmarket.testsupport.Snapshots;
import org.carbonmarket.testsupport.WithCdiac;
import org.junit.jupiter.api.Test;

/**
 * A download that its client stops reading midway: with CDIAC-FF's 113,000 facts, {@code facts.csv} is far larger than
 * what the sockets between the client and the service buffer, so the service stops writing until the client reads on.
 * Meanwhile the service goes on: the download holds no transaction that would keep snapshots from moving on, and no
 * lock that other CSV answers need. A client that goes away for good is logged as such, not as a failure.
 */
@QuarkusTest
@TestProfile(WithCdiac.class)
class SnapshotDownloadTest {

    private static final long SOCKET_BUFFERS = 16L * 1024 * 1024;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aPausedDownloadHoldsBackNoLaterSnapshotAndEndsWithTheManifestsBytes() throws Exception {
        Instant at = Snapshots.latest();
        JsonPath manifest = Snapshots.manifest(at);
        String file = "files.find { it.name == 'facts.csv' && !it.byteOrderMark }.";
        long bytes = manifest.getLong(file + "bytes");
        assertTrue(bytes > SOCKET_BUFFERS, "facts.csv is larger than the sockets can buffer: " + bytes + " bytes");

        var download = start(manifest.getString(file + "href"));
        // The client reads the body only as this test takes it from the stream: until then the service waits.
        try (InputStream in = download.body()) {
            MessageDigest digest = Sha256.digest();
            digest.update(in.readNBytes(1024 * 1024));

            // While the download waits for its client, a write commits: it reads each chunk in a transaction of its
            // own, so no transaction of it stays open to keep the latest snapshot before the write.
            String fact = Curation.newFact(Curation.newSource(), "65");
            Instant written = Curation.updatedAt("/api/v1/facts/" + fact);
            Snapshots.awaitDatabaseClock(dataSource, written.truncatedTo(ChronoUnit.SECONDS).plusSeconds(3));
            Instant latest = Snapshots.latest();
            assertFalse(latest.isBefore(written), "the paused download held the latest snapshot at " + latest
                    + ", before the write at " + written);

            // Other CSV answers are written meanwhile: no writer waits for another one's client.
            given().queryParam("format", "csv").when().get("/api/v1/topics").then().statusCode(200);

            // The client reads on: the rest comes whole, as it was, the instant's bytes. (Had any of the above waited
            // for the paused download, the service's idle timeout would have cut the download instead.)
            byte[] rest = in.readAllBytes();
            assertEquals(bytes - 1024 * 1024, rest.length, "the download was cut while its client paused");
            digest.update(rest);
            assertEquals(manifest.getString(file + "sha256"), HexFormat.of().formatHex(digest.digest()));
        }
    }

    @Test
    void aClientThatGoesAwayMidwayIsNoFailureOfTheService() throws Exception {
        Instant at = Snapshots.latest();
        try (var log = LogCapture.of(ProblemMappers.class)) {
            try (InputStream in = start("/api/v1/snapshots/" + at + "/facts.jsonl").body()) {
                in.readNBytes(1024 * 1024);
            }
            String path = "/api/v1/snapshots/" + at + "/facts.jsonl";
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (log.messages().stream().noneMatch(line -> line.contains(path)) && System.nanoTime() < deadline) {
                Thread.sleep(20); // a poll for the service's log line, not an order of events
            }
            assertEquals(List.of("The client of " + path + " went away before its answer ended"), log.messages());
        }
    }

    /** Starts a download whose body the test reads from the stream it answers, at its own pace. */
    private static HttpResponse<InputStream> start(String href) throws IOException, InterruptedException {
        var download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + href)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, download.statusCode());
        return download;
    }
}
