package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.carbonmarket.testsupport.Curation;
import org.carbonmarket.testsupport.Problems;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** With asOf, every read answers as it did at that instant, byte for byte, whatever changed since. */
@QuarkusTest
class AsOfReadsTest {

    @Test
    void reproducesAPastAnswerByteForByteAfterLaterEdits() {
        String source = Curation.newSource();
        String kept = Curation.newFact(source, "80");
        String retired = given().header(Tokens.authorization("alice")).contentType("application/json")
                .body(Curation.factBody(source, "70", "second").replace("\"2024-01-01\"", "\"2023-01-01\"")
                        .replace("\"2024-12-31\"", "\"2023-12-31\""))
                .when().post("/api/v1/facts").then().statusCode(201).extract().path("id");
        // The instant of the last write: as of then, every write above counts and none below.
        Instant before = Stream.of("/api/v1/sources/" + source, "/api/v1/facts/" + kept, "/api/v1/facts/" + retired)
                .map(Curation::updatedAt).max(Comparator.naturalOrder()).orElseThrow();
        String listThen = given().queryParam("source", source).when().get("/api/v1/facts").then().statusCode(200).extract().asString();
        String factThen = given().when().get("/api/v1/facts/" + kept).then().statusCode(200).extract().asString();
        String sourceThen = given().when().get("/api/v1/sources/" + source).then().statusCode(200).extract().asString();

        given().header(Tokens.authorization("bob")).contentType("application/json").header("If-Match", "\"0\"")
                .body(Curation.factBody(source, "85", "revised")).when().put("/api/v1/facts/" + kept).then().statusCode(200);
        given().header(Tokens.authorization("bob")).contentType("application/json").header("If-Match", "\"0\"")
                .body("{\"reason\": \"withdrawn\"}").when().post("/api/v1/facts/" + retired + "/retire").then().statusCode(200);
        String listNow = given().queryParam("source", source).when().get("/api/v1/facts").then().extract().asString();
        assertTrue(Curation.updatedAt("/api/v1/facts/" + kept).isAfter(before), "the edit came after the instant asked for");
        assertTrue(Curation.updatedAt("/api/v1/facts/" + retired).isAfter(before), "the retirement came after the instant asked for");

        String listAsOf = given().queryParam("source", source).queryParam("asOf", before.toString())
                .when().get("/api/v1/facts").then().statusCode(200).extract().asString();
        String factAsOf = given().queryParam("asOf", before.toString()).when().get("/api/v1/facts/" + kept)
                .then().statusCode(200).header("ETag", startsWith("\"0.")).extract().asString();
        String sourceAsOf = given().queryParam("asOf", before.toString()).when().get("/api/v1/sources/" + source)
                .then().statusCode(200).extract().asString();

        assertNotEquals(listThen, listNow, "the edits changed the current answer");
        assertEquals(listThen, listAsOf);
        assertEquals(factThen, factAsOf);
        assertEquals(sourceThen, sourceAsOf);
    }

    @Test
    void knowsNothingBeforeARowExisted() {
        String id = Curation.newFact(Curation.newSource(), "80");
        Instant created = Curation.updatedAt("/api/v1/facts/" + id);
        Instant before = created.minus(1, ChronoUnit.MICROS);
        Problems.isProblem(given().queryParam("asOf", before.toString()).when().get("/api/v1/facts/" + id).then(), 404);
        given().queryParam("asOf", before.toString()).when().get("/api/v1/facts/" + id + "/revisions").then().statusCode(404);
        given().queryParam("asOf", created.toString()).when().get("/api/v1/facts/" + id).then().statusCode(200);
    }

    @Test
    void limitsRevisionsToThoseWrittenByThen() {
        String source = Curation.newSource();
        String id = Curation.newFact(source, "80");
        Instant between = Curation.updatedAt("/api/v1/facts/" + id);
        given().header(Tokens.authorization("bob")).contentType("application/json").header("If-Match", "\"0\"")
                .body(Curation.factBody(source, "81", "later")).when().put("/api/v1/facts/" + id).then().statusCode(200);
        assertTrue(Curation.updatedAt("/api/v1/facts/" + id).isAfter(between), "the revision came after the instant asked for");
        given().queryParam("asOf", between.toString()).when().get("/api/v1/facts/" + id + "/revisions")
                .then().statusCode(200).body("totalElements", equalTo(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "+10000-01-01T00:00:00Z",
            "-999999999-01-01T00:00:00Z", "+1000000000-01-01T00:00:00Z"})
    void rejectsAnInstantOutOfRangeNamingTheRange(String instant) {
        for (String path : List.of("/api/v1/facts", "/api/v1/metrics", "/api/v1/sources", "/api/v1/imports",
                "/api/v1/metrics/ets.price.close-year-end/series", "/api/v1/markets/cn-ets")) {
            Problems.isProblem(given().queryParam("asOf", instant).when().get(path).then(), 400)
                    .body("errors[0].field", equalTo("asOf"))
                    .body("errors[0].message", containsString("from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999Z"));
        }
        for (String path : List.of("/api/v1/facts", "/api/v1/metrics", "/api/v1/sources")) {
            Problems.isProblem(given().queryParam("updatedSince", instant).when().get(path).then(), 400)
                    .body("errors[0].field", equalTo("updatedSince"));
        }
    }

    @Test
    void acceptsTheEndsOfTheRange() {
        given().queryParam("asOf", "0001-01-01T00:00:00Z").when().get("/api/v1/facts").then().statusCode(200)
                .body("totalElements", equalTo(0));
        given().queryParam("asOf", "9999-12-31T23:59:59.999999Z").when().get("/api/v1/facts").then().statusCode(200);
        given().queryParam("updatedSince", "9999-12-31T23:59:59.999999Z").when().get("/api/v1/facts").then().statusCode(200)
                .body("totalElements", equalTo(0));
    }

    @Test
    void rejectsAnInstantItCannotRead() {
        Problems.isProblem(given().queryParam("asOf", "yesterday").when().get("/api/v1/facts").then(), 400)
                .body("errors[0].field", equalTo("asOf"));
    }
}
