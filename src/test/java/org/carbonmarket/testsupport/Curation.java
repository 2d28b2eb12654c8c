package org.carbonmarket.testsupport;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.UUID;

/** Writes through the API that curation tests share; each test works on a source of its own. */
public final class Curation {

    private Curation() {
    }

    /** Creates a source with a fresh id and returns the id. */
    public static String newSource() {
        String id = "test-" + UUID.randomUUID().toString().substring(0, 13);
        given().header(Tokens.authorization("alice")).contentType("application/json").body(sourceBody(id, "source for a test"))
                .when().post("/api/v1/sources").then().statusCode(201);
        return id;
    }

    public static String sourceBody(String id, String comment) {
        return """
                {"id": "%s", "title": "A test report", "publisher": "Test Bureau",
                 "published": {"on": "2025-03-01", "precision": "day"}, "language": "en",
                 "regions": ["CN"], "comment": "%s"}""".formatted(id, comment);
    }

    public static String factBody(String source, String value, String comment) {
        return """
                {"metric": "air.good-days-share", "source": "%s", "value": %s, "unit": "%%", "qualifier": "about",
                 "region": "CN", "time": "flow", "period": {"start": "2024-01-01", "end": "2024-12-31", "precision": "year", "label": "2024"},
                 "quote": "Good days made up about %s%% of the year.", "locator": "p. 3", "comment": "%s"}"""
                .formatted(source, value, value, comment);
    }

    /** Creates a fact of the given source and returns its id. */
    public static String newFact(String source, String value) {
        return given().header(Tokens.authorization("alice")).contentType("application/json")
                .body(factBody(source, value, "entered for a test"))
                .when().post("/api/v1/facts").then().statusCode(201).extract().path("id");
    }

    /**
     * When the resource at this path last changed, as the API reports it: the instant from which its history holds
     * this version. Tests choose instants between writes from it, never by sleeping.
     */
    public static Instant updatedAt(String path) {
        return Instant.parse(given().when().get(path).then().statusCode(200).extract().<String>path("updatedAt"));
    }
}
