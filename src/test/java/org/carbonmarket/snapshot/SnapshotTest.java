package org.carbonmarket.snapshot;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.carbonmarket.common.Sha256;
import org.carbonmarket.testsupport.Curation;
import org.carbonmarket.testsupport.HeldLocks;
import org.carbonmarket.testsupport.Metrics;
import org.carbonmarket.testsupport.Problems;
import org.carbonmarket.testsupport.RawHttp;
import org.carbonmarket.testsupport.Snapshots;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Dated snapshots as a person who downloads the dataset, or a service that mirrors it, uses them: the latest one holds
 * every commit and names its data version, a past one is the same bytes every time and matches its checksums, and an
 * instant that a running writer may still change is never given out.
 */
@QuarkusTest
class SnapshotTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theLatestSnapshotHoldsTheLastCommitAndNamesItsDataVersion() throws SQLException {
        String fact = Curation.newFact(Curation.newSource(), "61");
        Instant written = Curation.updatedAt("/api/v1/facts/" + fact);
        Snapshots.awaitDatabaseClock(dataSource, written.truncatedTo(ChronoUnit.SECONDS).plusSeconds(3));

        Instant latest = Snapshots.latest();
        assertFalse(latest.isBefore(written), latest + " is before the write at " + written);
        assertEquals(latest, Snapshots.latest(), "the latest snapshot keeps its address while nothing commits");
        assertEquals(dataVersion(), Snapshots.manifest(latest).getLong("dataVersion"));
        assertTrue(text("/api/v1/snapshots/" + latest + "/facts.jsonl").contains(fact));

        Instant before = written.minus(1, ChronoUnit.MICROS);
        assertFalse(text("/api/v1/snapshots/" + before + "/facts.jsonl").contains(fact));
        assertEquals(dataVersion() - 1, Snapshots.manifest(before).getLong("dataVersion"));
    }

    @Test
    void aPastSnapshotIsTheSameBytesEveryTimeAndMatchesItsChecksums() throws SQLException {
        String fact = Curation.newFact(Curation.newSource(), "62");
        Snapshots.awaitDatabaseClock(dataSource, Curation.updatedAt("/api/v1/facts/" + fact).truncatedTo(ChronoUnit.SECONDS).plusSeconds(3));
        Instant at = Snapshots.latest();
        List<Map<String, Object>> files = Snapshots.manifest(at).getList("files");
        assertEquals(12, files.size(), "four tables as CSV, CSV with a byte-order mark, and JSON Lines");
        // Later commits change nothing of the past: a fact it holds retired, another one added.
        given().header(Tokens.authorization("bob")).contentType("application/json").header("If-Match", "\"0\"")
                .body("{\"reason\": \"superseded\"}").when().post("/api/v1/facts/" + fact + "/retire").then().statusCode(200);
        Curation.newFact(Curation.newSource(), "63");

        for (Map<String, Object> file : files) {
            String href = (String) file.get("href");
            byte[] bytes = download(href);
            assertArrayEquals(bytes, download(href), href + " differs between two downloads");
            assertEquals(file.get("sha256"), Sha256.hex(bytes), href);
            assertEquals(((Number) file.get("bytes")).longValue(), bytes.length, href);
            boolean marked = (boolean) file.get("byteOrderMark");
            assertEquals(marked, Arrays.equals(SnapshotFormat.BYTE_ORDER_MARK, Arrays.copyOf(bytes, 3)), href);
            String body = new String(bytes, StandardCharsets.UTF_8).substring(marked ? 1 : 0);
            long rows = ((String) file.get("name")).endsWith(".csv") ? records(body).size() : body.lines().count();
            assertEquals(((Number) file.get("rows")).longValue(), rows, href);
        }
        assertTrue(text("/api/v1/snapshots/" + at + "/facts.jsonl").contains(fact), "the retired fact is in the past");
    }

    @Test
    void ordersRowsByTheirKeysBytes() {
        Instant at = Snapshots.latest();
        List<String> ids = text("/api/v1/snapshots/" + at + "/facts.jsonl").lines()
                .map(line -> line.substring("{\"id\":\"".length(), line.indexOf("\",")))
                .toList();
        assertEquals(ids.stream().sorted().toList(), ids);
        List<String> codes = records(text("/api/v1/snapshots/" + at + "/metrics.csv")).stream().map(row -> row.get("code")).toList();
        assertEquals(codes.stream().sorted().toList(), codes, "codes in the order of their bytes, whatever the database's collation");
    }

    @Test
    void writesExactDecimalsChineseNamesAndCellsThatSpreadsheetsOpenAsData() throws SQLException {
        String source = "test-formula-" + System.nanoTime();
        given().header(Tokens.authorization("alice")).contentType("application/json")
                .body(Curation.sourceBody(source, "a title a spreadsheet would run").replace("A test report", "=HYPERLINK(\\\"x\\\")"))
                .when().post("/api/v1/sources").then().statusCode(201);
        Snapshots.awaitDatabaseClock(dataSource, Curation.updatedAt("/api/v1/sources/" + source).truncatedTo(ChronoUnit.SECONDS).plusSeconds(3));
        Instant at = Snapshots.latest();

        String facts = text("/api/v1/snapshots/" + at + "/facts.jsonl");
        String firstDayOpen = facts.lines().filter(line -> line.contains("\"metric\":\"ets.price.first-day-open\"")).findFirst().orElseThrow();
        assertTrue(firstDayOpen.contains("\"value\":48.00,"), "the published 48.00 keeps its two decimals: " + firstDayOpen);
        CSVRecord openingPrice = records(text("/api/v1/snapshots/" + at + "/facts.csv")).stream()
                .filter(row -> row.get("metric").equals("ets.price.first-day-open")).findFirst().orElseThrow();
        assertEquals("48.00", openingPrice.get("value"));

        byte[] metrics = download("/api/v1/snapshots/" + at + "/metrics.csv?bom=true");
        assertArrayEquals(SnapshotFormat.BYTE_ORDER_MARK, Arrays.copyOf(metrics, 3));
        CSVRecord price = records(new String(metrics, 3, metrics.length - 3, StandardCharsets.UTF_8)).stream()
                .filter(row -> row.get("code").equals("ets.price.close-year-end")).findFirst().orElseThrow();
        assertEquals("年末收盘价", price.get("nameZh"));

        String sources = text("/api/v1/snapshots/" + at + "/sources.csv");
        assertTrue(sources.contains(source + ",\"'=HYPERLINK(\"\"x\"\")\""), "a formula is quoted as text");
    }

    @Test
    void neverGivesOutAnInstantThatARunningWriterMayStillChange() throws SQLException {
        String source = Curation.newSource();
        try (var writer = HeldLocks.take(dataSource, "update source set note = 'written late' where id = '" + source + "'")) {
            Instant later = writer.began().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
            Snapshots.awaitDatabaseClock(dataSource, later.plusSeconds(2));
            assertFalse(Snapshots.latest().isAfter(writer.began()), "the latest snapshot lies before the open transaction began");
            Problems.isProblem(given().when().get("/api/v1/snapshots/" + later).then(), 400)
                    .body("errors[0].field", equalTo("asOf"))
                    .body("errors[0].message", startsWith("is not fixed yet"));
            writer.commit();
            assertTrue(text("/api/v1/snapshots/" + later + "/sources.jsonl").contains("written late"));
        }
    }

    /** Every instant since the last commit shows one state of the data: concurrent first requests wait for one measure. */
    @Test
    void measuresAStateOfTheDataOnceForConcurrentRequests() throws Exception {
        String fact = Curation.newFact(Curation.newSource(), "64");
        Instant after = Curation.updatedAt("/api/v1/facts/" + fact).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        Snapshots.awaitDatabaseClock(dataSource, after.plusSeconds(3));
        double before = measures();

        int requests = 6;
        var ready = new CountDownLatch(requests);
        var pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                Instant at = after.plusMillis(250L * i); // other instants of the same state
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return given().when().get("/api/v1/snapshots/" + at).then().extract().statusCode();
                }));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(before + 1, measures(), "one measure for " + requests + " concurrent requests of one state");
    }

    /** How many measures the service has timed: none before its first. */
    private static double measures() {
        return Metrics.value("carbonmarket_snapshot_measures_seconds_count").orElse(0);
    }

    @Test
    void refusesWhatNoSnapshotHas() {
        Instant at = Snapshots.latest();
        Problems.isProblem(given().when().get("/api/v1/snapshots/yesterday").then(), 400).body("errors[0].field", equalTo("asOf"));
        Problems.isProblem(given().when().get("/api/v1/snapshots/2026-01-01T00:00:00.0000001Z").then(), 400)
                .body("errors[0].message", equalTo("must not be finer than a microsecond"));
        Problems.isProblem(given().when().get("/api/v1/snapshots/9999-01-01T00:00:00Z/facts.csv").then(), 400)
                .body("errors[0].field", equalTo("asOf"));
        Problems.isProblem(given().when().get("/api/v1/snapshots/" + at + "/facts.xlsx").then(), 404);
        Problems.isProblem(given().when().get("/api/v1/snapshots/" + at + "/topics.csv").then(), 404);
        Problems.isProblem(given().queryParam("bom", "true").when().get("/api/v1/snapshots/" + at + "/facts.jsonl").then(), 400)
                .body("errors[0].field", equalTo("bom"));
        Problems.isProblem(given().queryParam("bom", "yes").when().get("/api/v1/snapshots/" + at + "/facts.csv").then(), 400)
                .body("errors[0].field", equalTo("bom"));
    }

    @Test
    void namesEachFilesBytesByTheirChecksum() {
        Instant at = Snapshots.latest();
        JsonPath manifest = Snapshots.manifest(at);
        String sha256 = manifest.getString("files.find { it.name == 'regions.csv' && !it.byteOrderMark }.sha256");
        String href = "/api/v1/snapshots/" + at + "/regions.csv";
        var answer = given().when().get(href).then().statusCode(200)
                .header("ETag", "\"" + sha256 + "\"")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":")
                .header("Cache-Control", "public, no-cache")
                .header("Content-Disposition", startsWith("attachment; filename=\"carbon-market-data-"))
                .header("Vary", nullValue())
                .extract();
        assertEquals(manifest.getLong("files.find { it.name == 'regions.csv' && !it.byteOrderMark }.bytes"), answer.asByteArray().length);
        // A file longer than the output buffer goes chunked, and then without Content-Length (RFC 9112, 6.2).
        var facts = RawHttp.send("GET /api/v1/snapshots/" + at + "/facts.csv HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertEquals("chunked", facts.header("Transfer-Encoding"), facts.headerLines().toString());
        assertNull(facts.header("Content-Length"), "a chunked answer with a Content-Length: " + facts.headerLines());
        given().header("If-None-Match", "W/\"" + sha256 + "\", \"other\"").when().get(href).then().statusCode(304);
        given().header("If-None-Match", "\"" + sha256 + "\"").queryParam("bom", "true").when().get(href).then().statusCode(200);
        String etag = given().when().get("/api/v1/snapshots/" + at).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/snapshots/" + at).then().statusCode(304);
    }

    private static byte[] download(String href) {
        return given().when().get(href).then().statusCode(200).extract().asByteArray();
    }

    private static String text(String href) {
        return new String(download(href), StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> records(String csv) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data version: the number of the last commit. */
    private long dataVersion() throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var row = statement.executeQuery("select version from data_version")) {
            row.next();
            return row.getLong(1);
        }
    }
}
