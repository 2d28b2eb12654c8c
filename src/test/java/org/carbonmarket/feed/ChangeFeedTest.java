package org.carbonmarket.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.carbonmarket.testsupport.Curation;
import org.carbonmarket.testsupport.HeldLocks;
import org.carbonmarket.testsupport.Problems;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The change feed as an integrator syncs from it: every committed change once, in commit order, resumable from any
 * cursor it was given, also when transactions commit in another order than they started, and as a stream.
 */
@QuarkusTest
class ChangeFeedTest {

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/api/v1/changes")
    URI changes;

    @Test
    void listsACuratorsWritesInCommitOrderWithTheirLinks() {
        String start = end();
        String source = Curation.newSource();
        String fact = Curation.newFact(source, "80");
        given().header(Tokens.authorization("bob")).contentType("application/json").header("If-Match", "\"0\"")
                .body("{\"reason\": \"superseded\"}").when().post("/api/v1/facts/" + fact + "/retire").then().statusCode(200);

        List<Map<String, Object>> items = read(start).getList("items");
        assertEquals(List.of("source " + source + " 0 created", "fact " + fact + " 0 created", "fact " + fact + " 1 retired"),
                items.stream().map(item -> item.get("kind") + " " + item.get("key") + " " + item.get("version") + " "
                        + item.get("action")).toList());
        assertTrue((int) items.get(0).get("commit") < (int) items.get(1).get("commit")
                && (int) items.get(1).get("commit") < (int) items.get(2).get("commit"), "one commit each, in order");
        Map<String, Object> retired = items.get(2);
        assertEquals("/api/v1/facts/" + fact, retired.get("link"));
        assertEquals("/api/v1/facts/" + fact + "/revisions", retired.get("revisions"));
        assertEquals("bob", retired.get("changedBy"));
        assertEquals("superseded", retired.get("comment"));
        assertEquals(null, retired.get("importLink"));
        given().when().get((String) retired.get("link")).then().body("version", equalTo(retired.get("version")));
    }

    @Test
    void resumingFromEveryCursorGivesEachChangeOnce() {
        String start = end();
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            written.add(Curation.newSource());
        }
        List<String> oneByOne = new ArrayList<>();
        String after = start;
        while (true) {
            JsonPath page = read(after, 1);
            if (page.getList("items").isEmpty()) {
                assertEquals(after, page.getString("nextCursor"), "with nothing new, the cursor stays where it was");
                break;
            }
            oneByOne.add(page.getString("items[0].key"));
            assertEquals(page.getString("items[0].cursor"), page.getString("nextCursor"));
            after = page.getString("nextCursor");
        }
        assertEquals(written, oneByOne);
    }

    @Test
    void numbersCommitsAsTheyCommitSoThatAReaderSkipsNoneThatStartedEarlier() throws Exception {
        String early = Curation.newSource();
        String late = Curation.newSource();
        String start = end();
        // A transaction that started first, as an import on another replica would, commits last.
        try (var older = HeldLocks.take(dataSource, "update source set note = 'older' where id = '" + early + "'")) {
            given().header(Tokens.authorization("bob")).contentType("application/json").header("If-Match", "\"0\"")
                    .body(Curation.sourceBody(late, "newer").replace("A test report", "A retitled report"))
                    .when().put("/api/v1/sources/" + late).then().statusCode(200);
            JsonPath first = read(start);
            assertEquals(List.of(late), first.getList("items.key"), "the open transaction's change is not listed yet");
            older.commit();
            JsonPath then = read(first.getString("nextCursor"));
            assertEquals(List.of(early), then.getList("items.key"), "the older transaction's change comes after, not lost");
            assertTrue(then.getLong("items[0].commit") > first.getLong("items[0].commit"));
        }
    }

    @Test
    void anImportsChangesLinkToTheImport() {
        String start = end();
        String source = Curation.newSource();
        String body = """
                {"facts": [{"metric": "air.good-days-share", "source": "%s", "value": 81, "unit": "%%", "qualifier": "about",
                  "region": "CN", "time": "flow", "period": {"start": "2023-01-01", "end": "2023-12-31", "precision": "year",
                  "label": "2023"}, "quote": "Good days made up about 81%% of the year.", "locator": "p. 4"}]}"""
                .formatted(source);
        String run = given().header(Tokens.authorization("alice")).contentType("application/json").body(body)
                .queryParam("comment", "a test import").when().post("/api/v1/imports").then().statusCode(201).extract().path("id");
        feed(start, 100).then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].kind", equalTo("source")).body("items[0].importLink", nullValue())
                .body("items[1].kind", equalTo("fact")).body("items[1].action", equalTo("created"))
                .body("items[1].importLink", equalTo("/api/v1/imports/" + run))
                .body("items[1].comment", equalTo("a test import"));
    }

    @Test
    void refusesACursorItDidNotGive() {
        Problems.isProblem(given().queryParam("after", "forged").queryParam("size", 0).when().get("/api/v1/changes").then(), 400)
                .body("errors.field", equalTo(List.of("size", "after")));
        String pageCursor = given().queryParam("size", 1).when().get("/api/v1/sources").then().extract().path("nextCursor");
        Problems.isProblem(given().queryParam("after", pageCursor).when().get("/api/v1/changes").then(), 400)
                .body("errors[0].field", equalTo("after"));
    }

    @Test
    void streamsEachChangeAsItCommitsWithItsCursorAsTheEventId() throws Exception {
        String start = end();
        var request = HttpRequest.newBuilder(URI.create(start == null ? changes.toString()
                        : changes + "?after=" + URLEncoder.encode(start, StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream").build();
        HttpResponse<java.io.InputStream> stream = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()).get(10, TimeUnit.SECONDS);
        assertEquals(200, stream.statusCode());
        assertTrue(stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        try (var lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            String source = Curation.newSource();
            var event = CompletableFuture.supplyAsync(() -> nextEvent(lines)).get(10, TimeUnit.SECONDS);
            assertEquals("change", event.get("event"));
            JsonPath change = JsonPath.from(event.get("data"));
            assertEquals(source, change.getString("key"));
            assertEquals(event.get("id"), change.getString("cursor"));
            // The event's id resumes the feed as any cursor does: nothing after it yet.
            assertEquals(List.of(), read(event.get("id")).getList("items"));
        }
    }

    /** The cursor after the last change committed so far; {@code null} while there is none. */
    private static String end() {
        JsonPath page = read(null, 1000);
        while (page.getBoolean("more")) {
            page = read(page.getString("nextCursor"), 1000);
        }
        return page.getString("nextCursor");
    }

    private static JsonPath read(String after) {
        JsonPath page = read(after, 100);
        assertEquals(false, page.getBoolean("more"));
        return page;
    }

    private static JsonPath read(String after, int size) {
        return feed(after, size).then().statusCode(200).extract().jsonPath();
    }

    /** The feed after a cursor ({@code null}: from its start). */
    private static io.restassured.response.Response feed(String after, int size) {
        var request = given().queryParam("size", size);
        if (after != null) {
            request.queryParam("after", after);
        }
        return request.when().get("/api/v1/changes");
    }

    /** The fields of the next event of a stream, skipping comments. */
    private static Map<String, String> nextEvent(BufferedReader lines) {
        try {
            Map<String, String> fields = new java.util.HashMap<>();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty() && !fields.isEmpty()) {
                    return fields;
                }
                int colon = line.indexOf(':');
                if (colon > 0) {
                    fields.merge(line.substring(0, colon), line.substring(colon + 1).stripLeading(), (a, b) -> a + "\n" + b);
                }
            }
            throw new AssertionError("the stream ended");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
