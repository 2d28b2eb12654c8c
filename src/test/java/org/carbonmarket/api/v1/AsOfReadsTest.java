package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
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
    void reproducesAPastAnswerByteForByteAfterLaterEdits() throws InterruptedException {
        String source = Curation.newSource();
        String kept = Curation.newFact(source, "80");
        String retired = given().header(Tokens.authorization("alice")).contentType("application/json")
                .body(Curation.factBody(source, "70", "second").replace("\"2024-01-01\"", "\"2023-01-01\"")
                        .replace("\"2024-12-31\"", "\"2023-12-31\""))
                .when().post("/api/v1/facts").then().statusCode(201).extract().path("id");
        Thread.sleep(5);
        Instant before = Instant.now();
        Thread.sleep(5);
        String listThen = given().queryParam("source", source).when().get("/api/v1/facts").then().statusCode(200).extract().asString();
        String factThen = given().when().get("/api/v1/facts/" + kept).then().statusCode(200).extract().asString();
        String sourceThen = given().when().get("/api/v1/sources/" + source).then().statusCode(200).extract().asString();

        given().header(Tokens.authorization("bob")).contentType("application/json").header("If-Match", "\"0\"")
                .body(Curation.factBody(source, "85", "revised")).when().put("/api/v1/facts/" + kept).then().statusCode(200);
        given().header(Tokens.authorization("bob")).contentType("application/json").header("If-Match", "\"0\"")
                .body("{\"reason\": \"withdrawn\"}").when().post("/api/v1/facts/" + retired + "/retire").then().statusCode(200);
        String listNow = given().queryParam("source", source).when().get("/api/v1/facts").then().extract().asString();

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
        Instant before = Instant.now();
        String id = Curation.newFact(Curation.newSource(), "80");
        Problems.isProblem(given().queryParam("asOf", before.toString()).when().get("/api/v1/facts/" + id).then(), 404);
        given().queryParam("asOf", before.toString()).when().get("/api/v1/facts/" + id + "/revisions").then().statusCode(404);
    }

    @Test
    void limitsRevisionsToThoseWrittenByThen() throws InterruptedException {
        String source = Curation.newSource();
        String id = Curation.newFact(source, "80");
        Thread.sleep(5);
        Instant between = Instant.now();
        given().header(Tokens.authorization("bob")).contentType("application/json").header("If-Match", "\"0\"")
                .body(Curation.factBody(source, "81", "later")).when().put("/api/v1/facts/" + id).then().statusCode(200);
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
