package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import org.carbonmarket.testsupport.Api;
import org.carbonmarket.testsupport.Curation;
import org.carbonmarket.testsupport.OtherReplicas;
import org.carbonmarket.testsupport.Problems;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Strong ETags and 304s on every read, and never a stale 304 after any write, wherever it came from. */
@QuarkusTest
class HttpCachingTest {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    @Inject
    AgroalDataSource database;

    private static String etag(String path) {
        return given().when().get(path).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void describesEveryReadForCaches() {
        given().when().get("/api/v1/facts")
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .header("Last-Modified", notNullValue())
                .header("Cache-Control", equalTo("public, no-cache"))
                .header("Vary", containsString("Accept-Language"));
    }

    @Test
    void answers304WithoutABodyWhileNothingChanged() {
        String tag = etag("/api/v1/metrics/land.forest-coverage");
        given().header("If-None-Match", tag).when().get("/api/v1/metrics/land.forest-coverage")
                .then().statusCode(304).body(emptyString()).header("ETag", tag);
        String modified = given().when().get("/api/v1/topics").then().extract().header("Last-Modified");
        String later = HTTP_DATE.format(HTTP_DATE.parse(modified, Instant::from).plusSeconds(1).atOffset(ZoneOffset.UTC));
        given().header("If-Modified-Since", later).when().get("/api/v1/topics").then().statusCode(304);
    }

    /** Last-Modified is rounded down to the second: echoed back, it cannot tell two writes of one second apart. */
    @Test
    void neverAnswersAStale304ToAnEchoedLastModified() {
        String modified = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            Curation.newSource();
            modified = given().when().get("/api/v1/sources").then().statusCode(200).extract().header("Last-Modified");
            Curation.newSource();
            String now = given().when().get("/api/v1/sources").then().statusCode(200).extract().header("Last-Modified");
            if (now.equals(modified)) {
                break; // two writes within one second, the case to test
            }
        }
        given().header("If-Modified-Since", modified).when().get("/api/v1/sources").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/facts/00000000-0000-0000-0000-000000000000", "/api/v1/metrics/no.such-metric",
            "/api/v1/nothing-here"})
    void answers404ForAMissingResourceWhateverTheConditions(String path) {
        Problems.isProblem(given().header("If-None-Match", "*").when().get(path).then(), 404);
        Problems.isProblem(given().header("If-Modified-Since", "Fri, 31 Dec 9999 23:59:59 GMT").when().get(path).then(), 404);
    }

    @Test
    void validatesParametersBeforeTheConditions() {
        Problems.isProblem(given().header("If-None-Match", "*").queryParam("page", 0).when().get("/api/v1/facts").then(), 400);
        Problems.isProblem(given().header("If-Modified-Since", "Fri, 31 Dec 9999 23:59:59 GMT").queryParam("page", 0)
                .when().get("/api/v1/facts").then(), 400);
    }

    @Test
    void answersAMatchWithTheCurrentTagNeverAnEchoedOne() {
        String path = "/api/v1/metrics/land.forest-coverage";
        String tag = etag(path);
        given().header("If-None-Match", "\"garbage\", " + tag).when().get(path).then().statusCode(304).header("ETag", tag);
        given().header("If-None-Match", "*").when().get(path).then().statusCode(304).header("ETag", tag);
        given().header("If-None-Match", "\"garbage\"").when().get(path).then().statusCode(200).header("ETag", tag);
    }

    /** Conditions hold before an answer is kept too: the first request of a representation is evaluated alike. */
    @Test
    void answers304OnTheFirstRequestOfARepresentation() {
        String tag = etag("/api/v1/topics?size=3");
        Curation.newSource(); // a new data version: nothing kept for it yet
        String current = given().queryParam("size", 3).header("If-None-Match", "*").when().get("/api/v1/topics")
                .then().statusCode(304).body(emptyString()).extract().header("ETag");
        assertNotEquals(tag, current);
        given().queryParam("size", 3).header("If-None-Match", current).when().get("/api/v1/topics").then().statusCode(304);
    }

    @Test
    void givesEachRepresentationItsOwnTag() {
        String json = etag("/api/v1/metrics");
        String chinese = given().header("Accept-Language", "zh-CN").when().get("/api/v1/metrics").then().extract().header("ETag");
        String csv = given().accept("text/csv").when().get("/api/v1/metrics").then().extract().header("ETag");
        assertNotEquals(json, chinese);
        assertNotEquals(json, csv);
    }

    @Test
    void changesEveryTagAfterAWriteThroughTheApi() {
        String tag = etag("/api/v1/topics");
        Curation.newSource();
        given().header("If-None-Match", tag).when().get("/api/v1/topics").then().statusCode(200);
    }

    @Test
    void changesEveryTagAfterAnImport() {
        String tag = etag("/api/v1/topics");
        String source = Curation.newSource();
        given().config(Api.exactBodies()).header(Tokens.authorization("alice")).contentType("text/csv")
                .queryParam("comment", "caching test")
                .body("metric,source,value,value_text,unit,qualifier,region,time,period_start,period_end,period_precision,period_label,"
                        + "baseline,quote,locator,note\r\nair.good-days-share," + source + ",80,,%,exact,CN,flow,2024-01-01,2024-12-31,"
                        + "year,2024,,q,p,\r\n")
                .when().post("/api/v1/imports").then().statusCode(201);
        given().header("If-None-Match", tag).when().get("/api/v1/topics").then().statusCode(200);
    }

    @Test
    void changesEveryTagAfterAWriteThroughAnotherReplica() throws SQLException {
        String source = Curation.newSource();
        String tag = etag("/api/v1/sources/" + source);
        // Another replica writes to the same database; this one never sees the request.
        try (var connection = database.getConnection(); var statement = connection.prepareStatement(
                "update source set title = 'Renamed elsewhere', updated_at = now(), version = version + 1 where id = ?")) {
            statement.setString(1, source);
            statement.executeUpdate();
        }
        OtherReplicas.awaitSeen(() -> given().header("If-None-Match", tag).when().get("/api/v1/sources/" + source)
                .then().extract().statusCode() == 200);
        given().header("If-None-Match", tag).when().get("/api/v1/sources/" + source)
                .then().statusCode(200).body("title", equalTo("Renamed elsewhere"));
    }

    @Test
    void listsOnlyWhatChangedSinceAnInstant() {
        String source = Curation.newSource();
        String earlier = Curation.newFact(source, "80");
        // updatedSince is exclusive: as of the earlier writes' last instant, only what follows has changed since.
        Instant between = Collections.max(List.of(Curation.updatedAt("/api/v1/sources/" + source),
                Curation.updatedAt("/api/v1/facts/" + earlier)));
        String later = given().header(Tokens.authorization("alice")).contentType("application/json")
                .body(Curation.factBody(source, "70", "later").replace("2024-", "2023-"))
                .when().post("/api/v1/facts").then().statusCode(201).extract().path("id");
        assertTrue(Curation.updatedAt("/api/v1/facts/" + later).isAfter(between), "the later fact came after the instant asked for");
        given().queryParam("source", source).queryParam("updatedSince", between.toString()).when().get("/api/v1/facts")
                .then().statusCode(200).body("totalElements", equalTo(1)).body("items[0].id", equalTo(later));
        given().queryParam("updatedSince", between.toString()).when().get("/api/v1/sources")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(source)));
    }
}
