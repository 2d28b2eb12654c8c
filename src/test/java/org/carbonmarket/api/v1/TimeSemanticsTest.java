package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.carbonmarket.testsupport.Api;
import org.carbonmarket.testsupport.Curation;
import org.carbonmarket.testsupport.Datasets;
import org.carbonmarket.testsupport.Problems;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Facts answer date questions truthfully: a state is returned for a window only when the range its reference time
 * lies in falls within it, a flow or a change when its span overlaps it; series never join baselines; the published
 * rounding and scope travel with every value.
 */
@QuarkusTest
class TimeSemanticsTest {

    @Test
    void neverAnswersTheArticlesCoalShareFor2013() {
        given().queryParam("metric", "energy.coal-share").queryParam("from", "2013-01-01").queryParam("to", "2013-12-31")
                .when().get("/api/v1/facts")
                .then().statusCode(200).body("items", empty()).body("totalElements", equalTo(0));
    }

    @Test
    void answersTheCoalShareForTheYearsItDescribesSayingTheyAreInferred() {
        given().config(Api.exactNumbers()).queryParam("metric", "energy.coal-share")
                .queryParam("from", "2022-01-01").queryParam("to", "2023-12-31")
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("items.value", hasItem(Api.decimal("56.2")))
                .body("items[0].time", equalTo("state"))
                .body("items[0].period.start", equalTo("2022-01-01"))
                .body("items[0].period.end", equalTo("2023-12-31"))
                .body("items[0].period.inferred", equalTo(true))
                .body("items[0].period.basis", notNullValue())
                .body("items[0].roundedTo", Api.decimal("0.1"));
    }

    @Test
    void neverAnswersTheArticlesCoverageFor2025() {
        given().config(Api.exactNumbers()).queryParam("metric", "ets.coverage.annual-emissions").queryParam("from", "2025-01-01")
                .when().get("/api/v1/facts")
                .then().statusCode(200).body("items.value", not(hasItem(Api.decimal("4500000000"))));
    }

    @Test
    void neverServesTheArticlesCoverageAsTheLatestPointOnceLaterYearsArePublished() {
        String start = given().when().get("/api/v1/metrics/ets.coverage.annual-emissions/series/latest")
                .then().statusCode(200)
                .body("factId", not(equalTo("49180144-1ba0-3797-ba31-a37e5193bde3")))
                .body("time", equalTo("state"))
                .body("period.label", notNullValue())
                .extract().path("period.start");
        assertTrue(start.compareTo("2023-01-01") >= 0, start);
    }

    @Test
    void matchesAFlowByAnyOverlapAndAStateOnlyWithinTheWindow() {
        String source = Curation.newSource();
        String flow = Curation.newFact(source, "80");
        String state = given().header(Tokens.authorization("alice")).contentType("application/json")
                .body(Curation.factBody(source, "81", "a state").replace("\"flow\"", "\"state\"")
                        .replace("air.good-days-share", "land.forest-coverage"))
                .when().post("/api/v1/facts").then().statusCode(201).extract().path("id");
        given().queryParam("source", source).queryParam("from", "2024-06-01").queryParam("to", "2024-06-30")
                .when().get("/api/v1/facts")
                .then().statusCode(200).body("items.id", hasItem(flow)).body("items.id", not(hasItem(state)));
        given().queryParam("source", source).queryParam("from", "2024-01-01").queryParam("to", "2024-12-31")
                .when().get("/api/v1/facts")
                .then().statusCode(200).body("items.id", hasItem(flow)).body("items.id", hasItem(state));
    }

    @Test
    void neverJoinsPointsOfDifferentBaselinesInOneSeries() {
        String source = Curation.newSource();
        String region = "CN-" + UUID.randomUUID().toString().substring(0, 3).toUpperCase();
        String metric = "emissions.co2-intensity.reduction";
        for (String baseline : new String[] {"2005", "2012"}) {
            given().header(Tokens.authorization("alice")).contentType("application/json")
                    .body(Curation.factBody(source, "-40", "a change").replace("\"flow\"", "\"change\"")
                            .replace("air.good-days-share", metric).replace("\"CN\"", "\"" + region + "\"")
                            .replace("\"period\"", "\"baseline\": \"" + baseline + "\", \"period\"")
                            .replace("2024-01-01", baseline.equals("2005") ? "2005-01-01" : "2012-01-01"))
                    .when().post("/api/v1/facts").then().statusCode(201);
        }
        Problems.isProblem(given().queryParam("region", region).when().get("/api/v1/metrics/" + metric + "/series").then(), 400)
                .body("errors[0].field", equalTo("baseline"));
        given().queryParam("region", region).queryParam("baseline", "2005").when().get("/api/v1/metrics/" + metric + "/series")
                .then().statusCode(200).body("items.baseline", everyItem(equalTo("2005"))).body("items.size()", equalTo(1));
        Problems.isProblem(given().queryParam("region", region).queryParam("baseline", "1990")
                .when().get("/api/v1/metrics/" + metric + "/series/latest").then(), 400);
    }

    @Test
    void keepsThePublishedRoundingThroughJsonAndCsv() {
        String source = Curation.newSource();
        String id = given().header(Tokens.authorization("alice")).contentType("application/json")
                .body(Curation.factBody(source, "212000000", "rounded").replace("\"qualifier\": \"about\"",
                        "\"qualifier\": \"about\", \"roundedTo\": 1000000"))
                .when().post("/api/v1/facts").then().statusCode(201).extract().path("id");
        given().config(Api.exactNumbers()).when().get("/api/v1/facts/" + id)
                .then().statusCode(200).body("roundedTo", Api.decimal("1000000")).body("qualifier", equalTo("about"));
        String csv = given().accept("text/csv").queryParam("source", source).when().get("/api/v1/facts")
                .then().statusCode(200).extract().asString();
        String[] lines = csv.split("\r\n");
        int column = List.of(lines[0].split(",")).indexOf("roundedTo");
        assertTrue(column >= 0, lines[0]);
        assertTrue(lines[1].contains(",1000000,"), lines[1]);
    }

    @Test
    void givesEveryShippedFactATimeAndAClosedPeriodWithABasisWhereInferred() {
        for (var fact : Datasets.facts()) {
            assertTrue(fact.hasNonNull("time"), fact.toString());
            var period = fact.path("period");
            assertFalse(period.path("start").isNull() || period.path("end").isNull(), fact.toString());
            assertTrue(!period.path("inferred").asBoolean() || !period.path("basis").asText().isBlank(), fact.toString());
        }
    }

    @Test
    void saysWhenTheMarketsIndicatorsDescribeDifferentScopes() {
        given().when().get("/api/v1/markets/cn-ets")
                .then().statusCode(200)
                .body("indicators.entities.scope", equalTo("2023 allowance year"))
                .body("indicators.coverageShare.scope", equalTo("after the 2025 expansion to steel, cement and aluminium smelting"))
                .body("scopesDiffer", equalTo(true));
    }
}
