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
import org.junit.jupiter.params.provider.CsvSource;

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

    /**
     * Chinese puts no space between words: a run of characters finds every text that holds it, as its pairs in order.
     * Each case counts one shipped source's facts, which no other test adds to.
     */
    @ParameterizedTest
    @CsvSource({"碳市場, china-environment-news-2021-09-23-ets", "收盘价, the-paper-2025-07-ets-fourth-anniversary",
            "碳排放权交易, fujian-daily-2017-07-05-fujian-carbon-market", "碳排放权交易, " + ARTICLE})
    void findsChineseWordsInsideSentencesAndNames(String word, String source) {
        long expected = Datasets.facts(Datasets.mentioning(word).and(Datasets.citing(source))).size();
        assertTrue(expected > 0, word + " is in " + source);
        given().queryParam("q", word).queryParam("source", source).when().get("/api/v1/facts").then().statusCode(200)
                .body("totalElements", equalTo((int) expected));
    }

    /** Chinese and other words together: a text must hold all of them. */
    @Test
    void needsEveryWordOfAMixedQuery() {
        String source = "the-paper-2025-07-ets-fourth-anniversary";
        long both = Datasets.facts(Datasets.mentioning("收盘价", "daily").and(Datasets.citing(source))).size();
        assertTrue(both > 0 && both < Datasets.facts(Datasets.mentioning("收盘价").and(Datasets.citing(source))).size(),
                "daily narrows 收盘价");
        given().queryParam("q", "daily 收盘价").queryParam("source", source).when().get("/api/v1/facts").then().statusCode(200)
                .body("totalElements", equalTo((int) both));
    }

    @Test
    void sortsByRelevanceOnlyWithAQuery() {
        given().queryParam("q", "coal").queryParam("sort", "-relevance").when().get("/api/v1/facts").then().statusCode(200);
        Problems.isProblem(given().queryParam("sort", "relevance").when().get("/api/v1/facts").then(), 400)
                .body("errors[0].message", equalTo("relevance needs q"));
    }
}
