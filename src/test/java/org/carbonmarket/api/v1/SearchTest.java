package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;

import io.quarkus.test.junit.QuarkusTest;
import org.carbonmarket.testsupport.Datasets;
import org.carbonmarket.testsupport.Problems;
import org.junit.jupiter.api.Test;

/** q= is PostgreSQL full-text search over quotes, metric names and descriptions, and source titles, ranked. */
@QuarkusTest
class SearchTest {

    private static final String ARTICLE = "mee-qiushi-ecological-civilization";

    @Test
    void ranksTheBestMatchFirst() {
        given().queryParam("q", "forest coverage").queryParam("source", ARTICLE)
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("items[0].metric.code", equalTo("land.forest-coverage"));
    }

    @Test
    void stemsWords() {
        // "planting" in the query finds "planted" in the quote
        given().queryParam("q", "planting forests").queryParam("source", ARTICLE)
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("totalElements", greaterThan(0))
                .body("items[0].metric.code", equalTo("land.afforestation-area"));
    }

    @Test
    void findsFactsByTheirSourcesTitle() {
        given().queryParam("q", "\"cumulative trading to 31 August 2025\"")
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("totalElements", equalTo(Datasets.factsOf("jiefang-daily-2025-09-25-ets").size()))
                .body("items.source.id", everyItem(equalTo("jiefang-daily-2025-09-25-ets")));
    }

    @Test
    void findsFactsByTheirMetricsDescription() {
        // The pilots' compliance rates are described alike; the national market's are the region CN's.
        given().queryParam("q", "surrendered allowances").queryParam("region", "CN")
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("items.metric.code", everyItem(equalTo("ets.compliance-rate")));
    }

    @Test
    void sortsByRelevanceOnlyWithAQuery() {
        given().queryParam("q", "coal").queryParam("sort", "-relevance").when().get("/api/v1/facts").then().statusCode(200);
        Problems.isProblem(given().queryParam("sort", "relevance").when().get("/api/v1/facts").then(), 400)
                .body("errors[0].message", equalTo("relevance needs q"));
    }
}
