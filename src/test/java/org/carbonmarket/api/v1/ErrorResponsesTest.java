package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.carbonmarket.testsupport.Problems.isProblem;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every error is RFC 9457 problem+json, names what was wrong, and shows no internals. */
@QuarkusTest
class ErrorResponsesTest {

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            page   | -1           | page
            page   | 0            | page
            page   | abc          | page
            page   | 99999999999  | page
            size   | 101          | size
            size   | 0            | size
            size   | 1e3          | size
            from   | 2020-13-01   | from
            to     | yesterday    | to
            sort   | colour       | sort
            sort   | -            | sort
            topic  | weather      | topic
            metric | no.such      | metric
            source | nowhere      | source
            region | china        | region
            """)
    void rejectsAnInvalidParameterByName(String name, String value, String field) {
        isProblem(given().queryParam(name, value).when().get("/api/v1/facts").then(), 400)
                .body("title", equalTo("Bad Request"))
                .body("instance", equalTo("/api/v1/facts"))
                .body("errors.field", hasItem(field));
    }

    @Test
    void rejectsFromAfterTo() {
        isProblem(given().queryParam("from", "2021-01-01").queryParam("to", "2020-01-01").when().get("/api/v1/facts").then(), 400)
                .body("errors[0].field", equalTo("from"))
                .body("errors[0].message", equalTo("must not be after 'to'"));
    }

    @Test
    void namesEveryInvalidParameterAtOnce() {
        isProblem(given().queryParam("page", -1).queryParam("size", 1000).queryParam("sort", "colour")
                .when().get("/api/v1/facts").then(), 400)
                .body("errors.field", containsInAnyOrder("page", "size", "sort"));
    }

    @Test
    void rejectsAnUnknownTopicOnMetrics() {
        isProblem(given().queryParam("topic", "weather").when().get("/api/v1/metrics").then(), 400)
                .body("errors[0].field", equalTo("topic"))
                .body("errors[0].message", equalTo("'weather' does not exist"));
    }

    @Test
    void rejectsTooLongSearchText() {
        isProblem(given().queryParam("q", "x".repeat(201)).when().get("/api/v1/facts").then(), 400)
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void answersAnUnknownRouteWith404() {
        isProblem(given().when().get("/api/v1/nothing-here").then(), 404)
                .body("instance", equalTo("/api/v1/nothing-here"));
    }

    @Test
    void answersAWrongMethodWith405() {
        isProblem(given().when().delete("/api/v1/facts").then(), 405)
                .body("title", equalTo("Method Not Allowed"));
    }

    @ParameterizedTest(name = "{0} {1} -> Allow: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DELETE | /api/v1/topics                                                | GET, HEAD, OPTIONS
            PUT    | /api/v1/facts                                                 | GET, HEAD, OPTIONS, POST
            DELETE | /api/v1/facts/49180144-1ba0-3797-ba31-a37e5193bde3            | GET, HEAD, OPTIONS, PUT
            GET    | /api/v1/facts/49180144-1ba0-3797-ba31-a37e5193bde3/retire     | OPTIONS, POST
            PATCH  | /api/v1/metrics/land.forest-coverage                          | GET, HEAD, OPTIONS, PUT
            POST   | /api/v1/imports/template.csv                                  | GET, HEAD, OPTIONS
            """)
    void saysWhichMethodsAResourceAllows(String method, String path, String allowed) {
        isProblem(given().when().request(method, path).then(), 405)
                .header("Allow", equalTo(allowed));
    }

    @Test
    void answersAnUnacceptableAcceptWith406() {
        isProblem(given().accept("application/xml").when().get("/api/v1/facts").then(), 406)
                .body("title", equalTo("Not Acceptable"));
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/metrics/no.such.metric", "/api/v1/metrics/no.such.metric/facts",
            "/api/v1/sources/nowhere", "/api/v1/sources/nowhere/facts"})
    void answersAnUnknownResourceWith404(String path) {
        isProblem(given().when().get(path).then(), 404);
    }
}
