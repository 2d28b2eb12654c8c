package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.carbonmarket.testsupport.Api;
import org.carbonmarket.testsupport.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * China's pilot markets, the national market beyond its first table, CCER, the markets abroad and the official
 * statistics are served as their dataset files state them: a sample of their facts, exact.
 */
@QuarkusTest
class PilotAndPeerMarketsTest {

    private static final List<String> DATASETS = List.of("datasets/china-national-ets-ccer.json", "datasets/china-pilot-markets.json",
            "datasets/peer-markets.json", "datasets/china-energy-statistics.json");

    /** Every seventh fact of each file: a sample across pilots, peers and statistics that a changed file keeps valid. */
    static Stream<JsonNode> sample() {
        return DATASETS.stream().flatMap(file -> {
            List<JsonNode> facts = Datasets.factsIn(file);
            return IntStream.range(0, facts.size()).filter(i -> i % 7 == 0).mapToObj(facts::get);
        });
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("sample")
    void servesTheFactExactlyWithItsQuote(JsonNode fact) {
        JsonNode period = fact.path("period");
        var items = given().config(Api.exactNumbers()).queryParam("metric", fact.path("metric").asText())
                .queryParam("source", fact.path("source").asText()).queryParam("region", fact.path("region").asText())
                .queryParam("from", period.path("start").asText()).queryParam("to", period.path("end").asText())
                .queryParam("size", 100)
                .when().get("/api/v1/facts")
                .then().statusCode(200);
        String where = "items.find { it.period.start == '" + period.path("start").asText() + "' && it.period.end == '"
                + period.path("end").asText() + "' }";
        if (fact.has("value")) {
            items.body(where + ".value", Api.decimal(fact.path("value").decimalValue().toPlainString()));
        } else {
            items.body(where + ".valueText", equalTo(fact.path("valueText").asText()));
        }
        items.body(where + ".qualifier", equalTo(fact.path("qualifier").asText()))
                .body(where + ".unit", equalTo(fact.path("unit").asText()))
                .body(where + ".time", equalTo(fact.path("time").asText()))
                .body(where + ".quote", equalTo(fact.path("quote").asText()));
    }

    @Test
    void summarisesAPilotAndAPeerMarket() {
        given().config(Api.exactNumbers()).when().get("/api/v1/markets/cn-sz")
                .then().statusCode(200)
                .body("region", equalTo("CN-SZ"))
                .body("indicators.launchDate.valueText", equalTo("2013-06-18"));
        given().when().get("/api/v1/markets/eu-ets").then().statusCode(200).body("region", equalTo("EU"));
        given().when().get("/api/v1/metrics/pilot.launch-date/facts").then().statusCode(200)
                .body("items", hasSize(Datasets.facts(Datasets.ofMetric("pilot.launch-date")).size()));
    }
}
