package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;
import org.carbonmarket.testsupport.Api;
import org.carbonmarket.testsupport.Datasets;
import org.carbonmarket.testsupport.Tokens;
import org.carbonmarket.testsupport.Curation;
import org.carbonmarket.testsupport.Pagination;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FactResourceTest {

    private static final String ETS_FACT = "49180144-1ba0-3797-ba31-a37e5193bde3";
    private static final String ARTICLE = "mee-qiushi-ecological-civilization";
    /** The article's facts as its dataset file states them: what every listing below is measured against. */
    private static final List<JsonNode> ARTICLE_FACTS = Datasets.factsOf(ARTICLE);

    /** Reads of the article's facts, which other tests' writes never touch. */
    private static RequestSpecification article() {
        return given().queryParam("source", ARTICLE);
    }

    private static int articleFacts(Predicate<JsonNode> which) {
        return (int) ARTICLE_FACTS.stream().filter(which).count();
    }

    @Test
    void listsFactsInAPagedEnvelope() {
        article().when().get("/api/v1/facts")
                .then().statusCode(200)
                .contentType("application/json")
                .body("page", equalTo(1))
                .body("size", equalTo(20))
                .body("totalElements", equalTo(ARTICLE_FACTS.size()))
                .body("totalPages", equalTo(Datasets.pages(ARTICLE_FACTS.size(), 20)))
                .body("items", hasSize(Math.min(20, ARTICLE_FACTS.size())))
                .body("items[0].id", notNullValue())
                .body("items[0].metric.code", notNullValue())
                .body("items[0].metric.name", notNullValue())
                .body("items[0].topic", notNullValue())
                .body("items[0].source.id", notNullValue())
                .body("items[0].quote", notNullValue());
    }

    @Test
    void walksEveryPageWithoutOverlapOrGap() {
        List<String> ids = new ArrayList<>();
        for (int page = 1; page <= Datasets.pages(ARTICLE_FACTS.size(), 10); page++) {
            ids.addAll(article().queryParam("page", page).queryParam("size", 10)
                    .when().get("/api/v1/facts").then().statusCode(200).extract().<List<String>>path("items.id"));
        }
        assertEquals(ARTICLE_FACTS.size(), ids.size());
        assertEquals(ARTICLE_FACTS.size(), new HashSet<>(ids).size());
    }

    @Test
    void linksToFirstPreviousNextAndLastPages() {
        int airPages = Datasets.pages(articleFacts(Datasets.ofTopic("air")), 10);
        String links = article().queryParam("page", airPages + 1).queryParam("size", 10).queryParam("topic", "air")
                .when().get("/api/v1/facts").then().statusCode(200)
                .body("items", hasSize(0)) // past the end
                .extract().header("Link");
        assertTrue(links.contains("page=1>; rel=\"first\""), links);
        assertTrue(links.contains("page=" + airPages + ">; rel=\"last\""), links);
        assertTrue(!links.contains("rel=\"next\""), links);
        assertEquals(Pagination.ids("/api/v1/facts?source=" + ARTICLE + "&topic=air&size=10&page=" + airPages),
                Pagination.ids(Pagination.link(links, "prev")), "prev past the end is the last page");

        String middle = article().queryParam("page", 2).queryParam("size", 10)
                .when().get("/api/v1/facts").then().statusCode(200).extract().header("Link");
        assertTrue(middle.contains("page=1>; rel=\"first\""), middle);
        assertTrue(middle.contains("page=" + Datasets.pages(ARTICLE_FACTS.size(), 10) + ">; rel=\"last\""), middle);
        assertTrue(Pagination.link(middle, "next").contains("size=10"), "links keep the other parameters: " + middle);
        assertEquals(Pagination.ids("/api/v1/facts?source=" + ARTICLE + "&size=10&page=1"), Pagination.ids(Pagination.link(middle, "prev")));
        assertEquals(Pagination.ids("/api/v1/facts?source=" + ARTICLE + "&size=10&page=3"), Pagination.ids(Pagination.link(middle, "next")));
    }

    @Test
    void returnsTheLastPartialPage() {
        int last = Datasets.pages(ARTICLE_FACTS.size(), 20);
        article().queryParam("page", last).queryParam("size", 20)
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("items", hasSize(ARTICLE_FACTS.size() - (last - 1) * 20))
                .body("totalPages", equalTo(last));
    }

    @Test
    void filtersByTopic() {
        article().queryParam("topic", "air").queryParam("size", 100)
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("totalElements", equalTo(articleFacts(Datasets.ofTopic("air"))))
                .body("items.topic", everyItem(equalTo("air")));
    }

    @Test
    void filtersByMetric() {
        article().queryParam("metric", "land.forest-coverage")
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("totalElements", equalTo(articleFacts(Datasets.ofMetric("land.forest-coverage"))))
                .body("items[0].metric.code", equalTo("land.forest-coverage"));
    }

    @Test
    void filtersByRegionAndSource() {
        article().queryParam("region", "CN")
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("totalElements", equalTo(articleFacts(Datasets.inRegion("CN"))));
        article().queryParam("region", "CN-BJ")
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("totalElements", equalTo(articleFacts(Datasets.inRegion("CN-BJ"))));
    }

    @Test
    void filtersStatesWithinTheWindowAndFlowsThatOverlapIt() {
        // The Baihetan totals are states of one day; the article's states describe 2022-2023, its decade 2012-2022.
        given().queryParam("from", "2023-10-12").queryParam("to", "2023-10-12").queryParam("size", 100)
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("items.metric.code", hasItem("power.baihetan.co2-avoided"))
                .body("items.metric.code", not(hasItem("energy.coal-share")))
                .body("items.metric.code", not(hasItem("climate-policy.ndc-first-phase")));
        article().queryParam("from", "2020-01-01").queryParam("to", "2020-12-31").queryParam("size", 100)
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("items.metric.code", hasItem("climate-policy.ndc-first-phase"))
                .body("items.metric.code", hasItem("energy.intensity.reduction"))
                .body("items.metric.code", not(hasItem("energy.coal-share")));
        article().queryParam("to", "2011-12-31")
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("totalElements", equalTo(articleFacts(Datasets.selectedUpTo("2011-12-31"))));
    }

    @Test
    void findsTextInQuotesAndMetricNamesIgnoringCase() {
        article().queryParam("q", "BAIHETAN")
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("totalElements", equalTo(articleFacts(Datasets.mentioning("baihetan"))));
        article().queryParam("q", "forest coverage")
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("items.metric.code", hasItem("land.forest-coverage"));
        article().queryParam("q", "xylophone")
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("totalElements", equalTo(articleFacts(Datasets.mentioning("xylophone"))));
    }

    /** Relevance adds up how well the quote, the metric and the source match: a fact that matches by all ranks first. */
    @Test
    void ranksByRelevanceAcrossQuoteMetricAndSource() {
        String source = "test-" + java.util.UUID.randomUUID().toString().substring(0, 13);
        given().header(Tokens.authorization("alice")).contentType("application/json").body("""
                {"id": "%s", "title": "Quokka survey", "publisher": "Test Bureau",
                 "published": {"on": "2025-03-01", "precision": "day"}, "language": "en", "comment": "search test"}"""
                .formatted(source)).when().post("/api/v1/sources").then().statusCode(201);
        String bySource = Curation.newFact(source, "70");
        String byQuoteAndSource = given().header(Tokens.authorization("alice")).contentType("application/json")
                .body(Curation.factBody(source, "71", "search test").replace("2024", "2023")
                        .replace("Good days made up about 71% of the year.", "The quokka count rose as quokka habitats grew."))
                .when().post("/api/v1/facts").then().statusCode(201).extract().path("id");

        given().queryParam("q", "quokka").when().get("/api/v1/facts").then().statusCode(200)
                .body("items.id", equalTo(List.of(byQuoteAndSource, bySource))).body("totalRelation", equalTo("eq"));
        given().queryParam("q", "quokka").queryParam("sort", "relevance").when().get("/api/v1/facts").then().statusCode(200)
                .body("items.id", equalTo(List.of(bySource, byQuoteAndSource)));
        // Every word must match one of the three texts: the quote has both, the source's title one.
        given().queryParam("q", "quokka count").when().get("/api/v1/facts").then().statusCode(200)
                .body("items.id", equalTo(List.of(byQuoteAndSource)));
    }

    @Test
    void sortsByValueDescending() {
        List<Object> values = article().config(Api.exactNumbers())
                .queryParam("topic", "land-and-ecosystems").queryParam("sort", "-value")
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("items[0].metric.code", equalTo("land.afforestation-area"))
                .extract().path("items.value");
        List<BigDecimal> numbers = values.stream().filter(java.util.Objects::nonNull).map(v -> new BigDecimal(v.toString())).toList();
        for (int i = 1; i < numbers.size(); i++) {
            assertTrue(numbers.get(i - 1).compareTo(numbers.get(i)) >= 0, "descending: " + numbers);
        }
    }

    @Test
    void sortsByPeriodThenMetric() {
        article().queryParam("sort", "-period,metric").queryParam("size", 3)
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("items[0].period.start", equalTo("2023-07-01"))
                .body("items[0].metric.code", equalTo("governance.national-eco-environmental-conference-date"));
    }

    @Test
    void getsOneFactByIdWithExactPlainValue() {
        String body = article().when().get("/api/v1/facts/{id}", ETS_FACT)
                .then().statusCode(200)
                .body("id", equalTo(ETS_FACT))
                .body("metric.code", equalTo("ets.coverage.annual-emissions"))
                .body("qualifier", equalTo("about"))
                .body("unit", equalTo("t CO2/year"))
                .body("status", equalTo("published"))
                .body("quote", containsString("covering about 4.5 billion tons"))
                .extract().asString();
        assertTrue(body.contains("\"value\":4500000000,"), "a plain JSON number, never 4.5E9: " + body);
    }

    @Test
    void keepsEveryPublishedDecimalDigit() {
        String body = article().queryParam("metric", "land.forest-coverage")
                .when().get("/api/v1/facts").then().statusCode(200).extract().asString();
        assertTrue(body.contains("\"value\":24.02,"), body);
        BigDecimal value = article().config(Api.exactNumbers()).queryParam("metric", "land.forest-coverage")
                .when().get("/api/v1/facts").then().extract().path("items[0].value");
        assertEquals(new BigDecimal("24.02"), value);
    }

    @Test
    void answersProblemJsonForAnUnknownOrMalformedId() {
        article().when().get("/api/v1/facts/{id}", "00000000-0000-0000-0000-000000000000")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("fact '00000000-0000-0000-0000-000000000000' does not exist"));
        article().when().get("/api/v1/facts/{id}", "not-a-uuid")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("instance", equalTo("/api/v1/facts/not-a-uuid"));
    }

    @Test
    void derivesTheSameIdOnEveryFreshDatabase() {
        // The test database is emptied before every run, so this id was derived anew, not remembered.
        article().queryParam("metric", "ets.coverage.annual-emissions").when().get("/api/v1/facts")
                .then().body("items[0].id", equalTo(ETS_FACT));
    }
}
