package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** With asOf, every read answers as it did at that instant, byte for byte, whatever changed since. */
@QuarkusTest
class AsOfReadsTest {

    @Test
    void reproducesAPastAnswerByteForByteAfterLaterEdits() throws InterruptedException {
        String source = Curation.newSource();
        String kept = Curation.newFact(source, "80");
        String retired = given().header("Authorization", Tokens.bearer("alice")).contentType("application/json")
                .body(Curation.factBody(source, "70", "second").replace("\"2024-01-01\"", "\"2023-01-01\"")
                        .replace("\"2024-12-31\"", "\"2023-12-31\""))
                .when().post("/api/v1/facts").then().statusCode(201).extract().path("id");
        Thread.sleep(5);
        Instant before = Instant.now();
        Thread.sleep(5);
        String listThen = given().queryParam("source", source).when().get("/api/v1/facts").then().statusCode(200).extract().asString();
        String factThen = given().when().get("/api/v1/facts/" + kept).then().statusCode(200).extract().asString();
        String sourceThen = given().when().get("/api/v1/sources/" + source).then().statusCode(200).extract().asString();

        given().header("Authorization", Tokens.bearer("bob")).contentType("application/json").header("If-Match", "\"0\"")
                .body(Curation.factBody(source, "85", "revised")).when().put("/api/v1/facts/" + kept).then().statusCode(200);
        given().header("Authorization", Tokens.bearer("bob")).contentType("application/json").header("If-Match", "\"0\"")
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
        ErrorResponsesTest.isProblem(given().queryParam("asOf", before.toString()).when().get("/api/v1/facts/" + id).then(), 404);
        given().queryParam("asOf", before.toString()).when().get("/api/v1/facts/" + id + "/revisions").then().statusCode(404);
    }

    @Test
    void limitsRevisionsToThoseWrittenByThen() throws InterruptedException {
        String source = Curation.newSource();
        String id = Curation.newFact(source, "80");
        Thread.sleep(5);
        Instant between = Instant.now();
        given().header("Authorization", Tokens.bearer("bob")).contentType("application/json").header("If-Match", "\"0\"")
                .body(Curation.factBody(source, "81", "later")).when().put("/api/v1/facts/" + id).then().statusCode(200);
        given().queryParam("asOf", between.toString()).when().get("/api/v1/facts/" + id + "/revisions")
                .then().statusCode(200).body("totalElements", equalTo(1));
    }

    @Test
    void rejectsAnInstantItCannotRead() {
        ErrorResponsesTest.isProblem(given().queryParam("asOf", "yesterday").when().get("/api/v1/facts").then(), 400)
                .body("errors[0].field", equalTo("asOf"));
    }
}
