package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.carbonmarket.testsupport.Datasets;
import org.junit.jupiter.api.Test;

/** Metrics, sources and topics: the catalogue that facts refer to. */
@QuarkusTest
class CatalogueResourcesTest {

    @Test
    void listsMetricsByCode() {
        List<String> codes = given().queryParam("size", 100).when().get("/api/v1/metrics")
                .then().statusCode(200)
                .body("items[0].code", equalTo("air.good-days-share"))
                .header("Link", containsString("rel=\"last\""))
                .extract().path("items.code");
        assertEquals(codes.stream().sorted().toList(), codes);
    }

    @Test
    void listsTheMetricsOfOneTopic() {
        given().queryParam("topic", "carbon-market").queryParam("size", 100).when().get("/api/v1/metrics")
                .then().statusCode(200)
                .body("items.code", hasItems("ets.coverage.annual-emissions", "ets.world-rank"))
                .body("items.topic", everyItem(equalTo("carbon-market")));
    }

    @Test
    void getsAMetric() {
        given().when().get("/api/v1/metrics/land.forest-coverage")
                .then().statusCode(200)
                .body("code", equalTo("land.forest-coverage"))
                .body("name", equalTo("Forest coverage rate"))
                .body("topic", equalTo("land-and-ecosystems"))
                .body("unit", equalTo("%"))
                .body("kind", equalTo("share"));
    }

    @Test
    void servesAMetricSeriesOrderedByPeriod() {
        List<String> starts = given().queryParam("size", 100).when().get("/api/v1/metrics/emissions.co2-intensity.reduction/facts")
                .then().extract().path("items.period.start");
        given().queryParam("size", 100).when().get("/api/v1/metrics/emissions.co2-intensity.reduction/facts")
                .then().statusCode(200)
                .body("items.period.start", hasItems("2005-01-01", "2012-01-01"))
                .body("items.period.start", equalTo(starts.stream().sorted().toList()));
    }

    @Test
    void pagesTheFactsOfASource() {
        int facts = Datasets.factsOf("mee-qiushi-ecological-civilization").size();
        int last = Datasets.pages(facts, 5);
        given().queryParam("size", 5).queryParam("page", last)
                .when().get("/api/v1/sources/mee-qiushi-ecological-civilization/facts")
                .then().statusCode(200)
                .body("items", hasSize(facts - (last - 1) * 5))
                .body("totalElements", equalTo(facts))
                .body("totalPages", equalTo(last));
    }

    @Test
    void listsSources() {
        given().when().get("/api/v1/sources")
                .then().statusCode(200)
                .body("items.id", equalTo(Datasets.sources().stream().map(source -> source.path("id").asText()).sorted().limit(20)
                        .toList()));
    }

    @Test
    void listsTopics() {
        given().queryParam("size", 100).when().get("/api/v1/topics")
                .then().statusCode(200)
                .body("totalElements", equalTo(Datasets.topics().size()))
                .body("items.code", hasItems("carbon-market", "emissions", "energy", "air", "water",
                        "land-and-ecosystems", "biodiversity", "governance-and-law", "climate-policy"))
                .body("items[0].name", equalTo("Air"));
    }
}
