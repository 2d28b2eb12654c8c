package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.carbonmarket.testsupport.Datasets;
import org.carbonmarket.testsupport.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    /** Chinese puts no space between words: a run of characters finds every text that holds it, as its pairs in order. */
    @ParameterizedTest
    @ValueSource(strings = {"碳市場", "收盘价", "碳排放权交易"})
    void findsChineseWordsInsideSentencesAndNames(String word) {
        long expected = Datasets.facts(Datasets.mentioning(word)).size();
        assertTrue(expected > 0, word + " is in the shipped data");
        given().queryParam("q", word).queryParam("size", 1).when().get("/api/v1/facts").then().statusCode(200)
                .body("totalElements", equalTo((int) expected));
    }

    /** Chinese and other words together: a text must hold all of them. */
    @Test
    void needsEveryWordOfAMixedQuery() {
        long both = Datasets.facts(Datasets.mentioning("收盘价", "weekly")).size();
        assertTrue(both > 0 && both < Datasets.facts(Datasets.mentioning("收盘价")).size(), "weekly narrows 收盘价");
        given().queryParam("q", "weekly 收盘价").queryParam("size", 1).when().get("/api/v1/facts").then().statusCode(200)
                .body("totalElements", equalTo((int) both));
    }

    @Test
    void sortsByRelevanceOnlyWithAQuery() {
        given().queryParam("q", "coal").queryParam("sort", "-relevance").when().get("/api/v1/facts").then().statusCode(200);
        Problems.isProblem(given().queryParam("sort", "relevance").when().get("/api/v1/facts").then(), 400)
                .body("errors[0].message", equalTo("relevance needs q"));
    }
}
