package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.carbonmarket.testsupport.Problems;
import org.carbonmarket.testsupport.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Accept is honoured as RFC 9110 (12.5.1) defines it: the most specific matching range gives a type its quality,
 * q=0 means "not acceptable", and the answer names one concrete type without any q parameter.
 */
@QuarkusTest
class ContentNegotiationTest {

    /** A list that offers JSON and CSV, a list, and a single resource that offers JSON only. */
    private static String path(String resource) {
        return switch (resource) {
            case "metric" -> "/api/v1/metrics/" + given().when().get("/api/v1/metrics").then().statusCode(200)
                    .extract().path("items[0].code");
            case "facts", "topics" -> "/api/v1/" + resource;
            default -> throw new IllegalArgumentException(resource);
        };
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            facts  | application/*                        | application/json
            topics | application/*                        | application/json
            metric | application/*                        | application/json
            facts  | text/*                               | text/csv
            topics | text/*                               | text/csv
            facts  | application/json;q=0.5               | application/json
            metric | application/json;q=0.5               | application/json
            facts  | application/json;q=0.5, text/csv     | text/csv
            facts  | text/csv;q=0.5, application/json     | application/json
            facts  | text/*, application/json;q=0.5       | text/csv
            metric | text/*, application/json;q=0.5       | application/json
            facts  | */*, application/json;q=0            | text/csv
            facts  | text/csv;q=0, */*                    | application/json
            facts  | */*;q=0.1, text/csv;q=0.2            | text/csv
            metric | */*                                  | application/json
            """)
    void answersInTheMostPreferredTypeOnOffer(String resource, String accept, String type) {
        given().accept(accept).when().get(path(resource)).then()
                .statusCode(200)
                .contentType(startsWith(type))
                .header("Content-Type", not(containsString("q=")));
    }

    @ParameterizedTest(name = "{0}: {1} -> 406")
    @CsvSource(delimiter = '|', textBlock = """
            facts  | application/json;q=0
            topics | application/json;q=0
            metric | application/json;q=0
            facts  | */*;q=0
            topics | */*;q=0
            metric | */*;q=0
            facts  | text/csv;q=0
            metric | text/*
            metric | text/csv
            metric | */*, application/json;q=0
            facts  | application/xml
            """)
    void answersNotAcceptableWhenNothingOnOfferIsAcceptable(String resource, String accept) {
        Problems.isProblem(given().accept(accept).when().get(path(resource)).then(), 406)
                .body("title", equalTo("Not Acceptable"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"facts", "metric"})
    void answersJsonWithoutAnAcceptHeader(String resource) {
        var answer = RawHttp.send("GET " + path(resource) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertEquals(200, answer.status(), answer::toString);
        assertEquals("application/json;charset=UTF-8", answer.header("Content-Type"));
    }

    /** A link cannot send Accept: {@code format} stands for it, whatever Accept the browser sends, and links keep it. */
    @ParameterizedTest(name = "{0}: format={1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            facts  | csv  | text/csv
            facts  | json | application/json
            topics | csv  | text/csv
            metric | json | application/json
            """)
    void takesTheFormatParameterInPlaceOfAccept(String resource, String format, String type) {
        var answer = given().accept("text/html,application/xhtml+xml,*/*;q=0.8").queryParam("format", format).queryParam("size", 1)
                .when().get(path(resource)).then().statusCode(200).contentType(startsWith(type));
        if (!resource.equals("metric")) {
            answer.header("Link", containsString("format=" + format));
        }
    }

    @ParameterizedTest(name = "format={0}")
    @CsvSource(delimiter = '|', textBlock = """
            xml  | 400
            CSV  | 400
            ''   | 400
            """)
    void refusesAFormatItDoesNotKnow(String format, int status) {
        Problems.isProblem(given().queryParam("format", format).when().get("/api/v1/facts").then(), status)
                .body("errors[0].field", equalTo("format"))
                .body("errors[0].message", equalTo("must be one of csv, json"));
    }

    @Test
    void answersNotAcceptableForAFormatTheResourceDoesNotOffer() {
        Problems.isProblem(given().queryParam("format", "csv").when().get(path("metric")).then(), 406);
    }
}
