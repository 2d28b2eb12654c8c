package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.carbonmarket.testsupport.Api;
import org.carbonmarket.testsupport.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every figure of the article, served with its value, unit and qualifier exactly as the article states them. */
@QuarkusTest
class ArticleDatasetTest {

    private static final String SOURCE = "mee-qiushi-ecological-civilization";

    @ParameterizedTest(name = "{0} = {2} {1} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            energy.consumption.annual-growth            | 3           | % per year      | exact
            economy.gdp.annual-growth                   | 6           | % per year      | more_than
            energy.intensity.reduction                  | 26.4        | %               | exact
            ets.world-rank                              | 1           | rank            | exact
            power.clean-generation-system.world-rank    | 1           | rank            | exact
            energy.coal-share                           | 56.2        | %               | exact
            energy.clean-share                          | 25.9        | %               | exact
            power.renewable-capacity-share              | 47.3        | %               | exact
            power.hydro-capacity.world-rank             | 1           | rank            | exact
            power.wind-capacity.world-rank              | 1           | rank            | exact
            power.solar-capacity.world-rank             | 1           | rank            | exact
            power.biomass-capacity.world-rank           | 1           | rank            | exact
            vehicles.nev-production-sales.world-rank    | 1           | rank            | exact
            vehicles.nev-production-sales.years-first   | 8           | years           | exact
            air.pm25.annual-mean                        | 29          | µg/m³           | exact
            air.pm25.key-cities-reduction               | 57          | %               | exact
            air.heavy-pollution-days.reduction          | 93          | %               | exact
            air.good-days-share                         | 86.5        | %               | exact
            air.quality-improvement.world-rank          | 1           | rank            | exact
            water.surface-excellent-share               | 87.9        | %               | exact
            water.coastal-good-quality-share.change     | 17.6        | percentage points | exact
            land.desertification-control-area           | 278000000   | mu              | exact
            land.grass-planting-area                    | 600000000   | mu              | exact
            land.restoration-projects                   | 50          | projects        | more_than
            land.nature-reserve-share                   | 18          | %               | more_than
            land.ecological-redline-share               | 30          | %               | more_than
            land.afforestation-area                     | 1020000000  | mu              | exact
            land.forest-coverage                        | 24.02       | %               | exact
            land.forest-growth.world-rank               | 1           | rank            | exact
            land.artificial-afforestation.world-rank    | 1           | rank            | exact
            biodiversity.national-parks                 | 5           | national parks  | exact
            biodiversity.recovering-species             | 300         | species         | more_than
            law.laws-and-regulations                    | 30          | laws and administrative regulations | more_than
            governance.central-inspection-rounds        | 2           | rounds          | exact
            ets.coverage.annual-emissions               | 4500000000  | t CO2/year      | about
            """)
    void servesEveryNumericFigureWithItsUnitAndQualifier(String metric, String value, String unit, String qualifier) {
        given().config(Api.exactNumbers()).queryParam("metric", metric).queryParam("source", SOURCE)
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].value", Api.decimal(value))
                .body("items[0].unit", equalTo(unit))
                .body("items[0].qualifier", equalTo(qualifier))
                .body("items[0].source.id", equalTo(SOURCE))
                .body("items[0].region", equalTo("CN"));
    }

    /** The Baihetan figures are Xinhua's photo caption inside the article, cited as such. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            power.baihetan.cumulative-generation        | 100000000000 | kWh            | more_than
            power.baihetan.standard-coal-saved          | 30070000    | t standard coal | about
            power.baihetan.co2-avoided                  | 82400000    | t CO2           | about
            """)
    void servesTheBaihetanFiguresAsXinhuasCaptionInTheArticle(String metric, String value, String unit, String qualifier) {
        given().config(Api.exactNumbers()).queryParam("metric", metric)
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].value", Api.decimal(value))
                .body("items[0].unit", equalTo(unit))
                .body("items[0].qualifier", equalTo(qualifier))
                .body("items[0].source.id", equalTo("xinhua-baihetan-photo-caption"))
                .body("items[0].time", equalTo("state"))
                .body("items[0].period.start", equalTo("2023-10-12"))
                .body("items[0].period.end", equalTo("2023-10-12"));
    }

    @Test
    void servesBothCarbonIntensityFiguresWithTheirPeriodsAndBaseline() {
        given().config(Api.exactNumbers())
                .queryParam("metric", "emissions.co2-intensity.reduction").queryParam("source", SOURCE)
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].value", Api.decimal("48.4"))
                .body("items[0].qualifier", equalTo("exact"))
                .body("items[0].time", equalTo("change"))
                .body("items[0].period.start", equalTo("2005-01-01"))
                .body("items[0].period.end", equalTo("2020-12-31"))
                .body("items[0].period.inferred", equalTo(false))
                .body("items[0].baseline", equalTo("2005"))
                .body("items[1].value", Api.decimal("35"))
                .body("items[1].qualifier", equalTo("more_than"))
                .body("items[1].time", equalTo("change"))
                .body("items[1].period.start", equalTo("2012-01-01"))
                .body("items[1].period.end", equalTo("2022-12-31"))
                .body("items[1].period.inferred", equalTo(true))
                .body("items[1].baseline", equalTo("2012"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            water.urban-black-odorous-bodies            | basically eliminated
            waste.solid-waste-zero-import               | achieved as scheduled
            land.desertification-double-reduction       | achieved, first in the world
            biodiversity.national-botanical-garden      | established
            law.legal-system                            | "1+N+4"
            governance.reform-plans                     | dozens
            governance.institutional-system             | "four beams and eight pillars", basically formed
            climate-policy.dual-carbon-policy-system    | "1+N"
            climate-policy.ndc-first-phase              | exceeded
            """)
    void servesEveryQualitativeClaimAsText(String metric, String text) {
        given().queryParam("metric", metric).queryParam("source", SOURCE).when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].value", nullValue())
                .body("items[0].valueText", equalTo(text));
    }

    @Test
    void servesTheBaihetanMilestoneOnItsDay() {
        given().when().get("/api/v1/metrics/power.baihetan.co2-avoided/facts")
                .then().statusCode(200)
                .body("items[0].period.start", equalTo("2023-10-12"))
                .body("items[0].period.end", equalTo("2023-10-12"))
                .body("items[0].period.precision", equalTo("day"));
    }

    @Test
    void quotesEveryFactVerbatimFromTheArticle() throws IOException {
        String article = resource("/article/qiushi-article.txt");
        List<Map<String, Object>> facts = given().queryParam("size", 100)
                .when().get("/api/v1/sources/{id}/facts", SOURCE)
                .then().statusCode(200)
                .extract().path("items");
        assertEquals(Datasets.factsOf(SOURCE).size(), facts.size());
        for (Map<String, Object> fact : facts) {
            String quote = (String) fact.get("quote");
            assertTrue(article.contains(quote), () -> "not in the article: " + quote);
        }
    }

    @Test
    void describesTheArticleAsItsSource() {
        given().when().get("/api/v1/sources/{id}", SOURCE)
                .then().statusCode(200)
                .body("publisher", equalTo("Ministry of Ecology and Environment of the People's Republic of China"))
                .body("outlet", equalTo("Qiushi"))
                .body("publishedOn", nullValue())
                .body("publishedPrecision", equalTo("unknown"))
                .body("retrievedFrom", equalTo("http://www.carbon.kcomber.com/en/news/11b1e97d-4bd7-4289-b114-3a398f1493ae"))
                .body("regions", equalTo(List.of("CN", "CN-BJ", "CN-JS", "CN-ZJ")));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ArticleDatasetTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
