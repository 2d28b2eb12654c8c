package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** One 400 names every invalid parameter, those only the data can judge (an unknown topic) among them. */
@QuarkusTest
class AllProblemsAtOnceTest {

    @Test
    void namesEveryInvalidParameterOfAFactListing() {
        given().queryParam("page", 0).queryParam("size", 1000).queryParam("topic", "nope").queryParam("from", "2020-13-01")
                .when().get("/api/v1/facts").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("page", "size", "topic", "from"));
    }

    @Test
    void namesEveryInvalidParameterOfAMetricListing() {
        given().queryParam("page", "x").queryParam("topic", "nope").queryParam("updatedSince", "yesterday")
                .when().get("/api/v1/metrics").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("page", "topic", "updatedSince"))
                .body("errors.find { it.field == 'topic' }.message", equalTo("'nope' does not exist"));
    }
}
