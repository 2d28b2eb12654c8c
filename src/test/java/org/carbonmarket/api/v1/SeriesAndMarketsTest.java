package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.carbonmarket.testsupport.Api;
import org.carbonmarket.testsupport.Datasets;
import org.carbonmarket.testsupport.Problems;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Series for charting, the latest point, and the market overview built from them. */
@QuarkusTest
class SeriesAndMarketsTest {

    @Test
    void servesAYearEndClosingPriceSeriesInOrder() {
        given().config(Api.exactNumbers()).when().get("/api/v1/metrics/ets.price.close-year-end/series")
                .then().statusCode(200)
                .body("items.period.end", equalTo(List.of("2021-12-31", "2022-12-30", "2023-12-29", "2024-12-31")))
                .body("items[0].value", Api.decimal("54.22"))
                .body("items[1].value", Api.decimal("55.00"))
                .body("items[3].value", Api.decimal("97.49"))
                .body("items[3].source.id", equalTo("xinhua-2025-01-03-ets-2024"));
    }

    /** One link holds a long series (a yearly one since 1750); other lists keep pages of a hundred. */
    @Test
    void pagesASeriesByUpToAThousandPoints() {
        String series = "/api/v1/metrics/ets.price.close-year-end/series";
        given().queryParam("size", 1000).when().get(series).then().statusCode(200).body("size", equalTo(1000));
        Problems.isProblem(given().queryParam("size", 1001).when().get(series).then(), 400)
                .body("errors[0].field", equalTo("size"))
                .body("errors[0].message", equalTo("must be an integer between 1 and 1000"));
        Problems.isProblem(given().queryParam("size", 101).when().get("/api/v1/metrics/ets.price.close-year-end/facts").then(), 400)
                .body("errors[0].message", equalTo("must be an integer between 1 and 100"));
    }

    /** Where a metric has series: each region its facts name, with how many and the days they span, as the dataset has them. */
    @Test
    void listsTheRegionsOfAMetricWithTheirFactsAndSpan() {
        String metric = "pilot.volume.cumulative";
        Map<String, List<JsonNode>> byRegion = new TreeMap<>(Datasets.facts(Datasets.ofMetric(metric)).stream()
                .collect(Collectors.groupingBy(fact -> fact.path("region").asText())));
        var page = given().header("Accept-Language", "zh-CN").when().get("/api/v1/metrics/" + metric + "/regions").then()
                .statusCode(200)
                .body("totalElements", equalTo(byRegion.size()))
                .body("items.region", equalTo(List.copyOf(byRegion.keySet())))
                .extract().jsonPath();
        byRegion.forEach((region, facts) -> {
            String item = "items.find { it.region == '" + region + "' }.";
            assertEquals(facts.size(), page.getInt(item + "facts"), region);
            assertEquals(facts.stream().map(fact -> day(fact, "start", "end")).min(Comparator.naturalOrder()).orElseThrow(),
                    page.getString(item + "firstDay"), region);
            assertEquals(facts.stream().map(fact -> day(fact, "end", "start")).max(Comparator.naturalOrder()).orElseThrow(),
                    page.getString(item + "lastDay"), region);
            assertEquals(given().header("Accept-Language", "zh-CN").when().get("/api/v1/regions/" + region).then().extract().path("name"),
                    page.getString(item + "name"), region);
        });
        Problems.isProblem(given().when().get("/api/v1/metrics/no.such.metric/regions").then(), 404);
    }

    /** A period's day at one end, or at the other where the period is open at that one. */
    private static String day(JsonNode fact, String end, String otherwise) {
        JsonNode day = fact.path("period").path(end);
        return day.isTextual() ? day.asText() : fact.path("period").path(otherwise).asText();
    }

    @Test
    void answersTheLatestPoint() {
        given().config(Api.exactNumbers()).when().get("/api/v1/metrics/ets.volume.cumulative/series/latest")
                .then().statusCode(200)
                .body("value", Api.decimal("696000000"))
                .body("period.end", equalTo("2025-08-31"))
                .body("source.id", equalTo("jiefang-daily-2025-09-25-ets"));
        Problems.isProblem(given().queryParam("region", "CN-BJ")
                .when().get("/api/v1/metrics/ets.volume.cumulative/series/latest").then(), 404);
        Problems.isProblem(given().when().get("/api/v1/metrics/no.such/series").then(), 404);
    }

    @Test
    void givesOnePointPerPeriodFromTheMostRecentlyPublishedSource() {
        String code = "test.series-" + UUID.randomUUID().toString().substring(0, 8);
        given().header(Tokens.authorization("alice")).contentType("application/json")
                .body("""
                        {"code": "%s", "name": "Test series", "description": "d", "topic": "carbon-market",
                         "unit": "t", "kind": "quantity", "comment": "c"}""".formatted(code))
                .when().post("/api/v1/metrics").then().statusCode(201);
        String older = source("2024-01-01");
        String newer = source("2025-01-01");
        fact(code, older, "100", "2023");
        fact(code, newer, "101", "2023");
        fact(code, older, "90", "2022");
        given().config(Api.exactNumbers()).when().get("/api/v1/metrics/" + code + "/series")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].value", Api.decimal("90"))
                .body("items[1].value", Api.decimal("101"))
                .body("items[1].source.id", equalTo(newer));
        given().when().get("/api/v1/metrics/" + code + "/facts").then().body("totalElements", equalTo(3));
    }

    @Test
    void summarisesTheNationalMarketWithTheFactBehindEachFigure() {
        given().config(Api.exactNumbers()).when().get("/api/v1/markets/cn-ets")
                .then().statusCode(200)
                .body("id", equalTo("cn-ets"))
                .body("indicators.launchDate.valueText", equalTo("2021-07-16"))
                .body("indicators.latestClosingPrice.value", Api.decimal("97.49"))
                .body("indicators.latestClosingPrice.asOf", equalTo("2024-12-31"))
                .body("indicators.latestClosingPrice.factId", equalTo(latestFactId("ets.price.close-year-end")))
                .body("indicators.cumulativeVolume.value", Api.decimal("696000000"))
                .body("indicators.cumulativeTurnover.value", Api.decimal("47826000000"))
                .body("indicators.cumulativeTurnover.asOf", equalTo("2025-08-31"))
                .body("indicators.coveredEmissions.factId", equalTo(latestFactId("ets.coverage.annual-emissions")))
                .body("indicators.entities.value", Api.decimal("2096"))
                .body("indicators.coverageShare.value", Api.decimal("60"))
                .body("indicators.coverageShare.qualifier", equalTo("more_than"));
        given().queryParam("size", 100).when().get("/api/v1/markets").then().statusCode(200)
                .body("items.id", equalTo(List.of("cn-ets", "cn-bj", "cn-tj", "cn-sh", "cn-cq", "cn-hb", "cn-gd", "cn-sz", "cn-fj",
                        "eu-ets", "uk-ets", "k-ets", "california", "quebec", "rggi", "nz-ets")));
        Problems.isProblem(given().when().get("/api/v1/markets/no-such-market").then(), 404);
    }

    private static String latestFactId(String metric) {
        return given().when().get("/api/v1/metrics/" + metric + "/series/latest").then().extract().path("factId");
    }

    private static String source(String published) {
        String id = "test-" + UUID.randomUUID().toString().substring(0, 13);
        given().header(Tokens.authorization("alice")).contentType("application/json")
                .body("""
                        {"id": "%s", "title": "T", "publisher": "P", "published": {"on": "%s", "precision": "day"},
                         "language": "en", "comment": "c"}""".formatted(id, published))
                .when().post("/api/v1/sources").then().statusCode(201);
        return id;
    }

    private static void fact(String metric, String source, String value, String year) {
        given().header(Tokens.authorization("alice")).contentType("application/json")
                .body("""
                        {"metric": "%s", "source": "%s", "value": %s, "unit": "t", "qualifier": "exact", "region": "CN",
                         "time": "flow", "period": {"start": "%s-01-01", "end": "%s-12-31", "precision": "year"}, "quote": "q %s",
                         "locator": "p", "comment": "c"}""".formatted(metric, source, value, year, year, value))
                .when().post("/api/v1/facts").then().statusCode(201);
    }
}
