package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.carbonmarket.testsupport.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of the national ETS table is served as a fact: exact value, unit and qualifier, citing its row. */
@QuarkusTest
class EtsDatasetTest {

    @ParameterizedTest(name = "row {0}: {1} = {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
             1 | ets.launch-date                        | 2021-07-16      | date        | exact
             2 | ets.coverage.entities                  | 2162            | entities    | exact
             3 | ets.coverage.annual-emissions          | 4500000000      | t CO2/year  | about
             4 | ets.compliance-rate                    | 99.5            | %           | exact
             5 | ets.price.average                      | 42.85           | CNY/t       | exact
             6 | ets.price.first-day-open               | 48.00           | CNY/t       | exact
             7 | ets.price.close-year-end               | 54.22           | CNY/t       | exact
             8 | ets.volume.cumulative                  | 178789350       | t           | exact
             9 | ets.turnover.cumulative                | 7661230022.99   | CNY         | exact
            10 | ets.volume.annual                      | 50889493        | t           | exact
            11 | ets.turnover.annual                    | 2814004694.28   | CNY         | exact
            12 | ets.volume.cumulative                  | 229678843       | t           | exact
            13 | ets.turnover.cumulative                | 10475234717.27  | CNY         | exact
            14 | ets.price.close-year-end               | 55.00           | CNY/t       | exact
            15 | ets.volume.annual                      | 212000000       | t           | exact
            16 | ets.turnover.annual                    | 14444000000     | CNY         | exact
            17 | ets.volume.cumulative                  | 442000000       | t           | exact
            18 | ets.turnover.cumulative                | 24919000000     | CNY         | exact
            19 | ets.price.close-year-end               | 79.42           | CNY/t       | exact
            20 | ets.price.average                      | 68.15           | CNY/t       | exact
            21 | ets.coverage.entities                  | 2257            | entities    | exact
            22 | ets.coverage.annual-emissions          | 5100000000      | t CO2/year  | about
            23 | ets.coverage.national-share            | 40              | %           | more_than
            24 | ccer.relaunch-date                     | 2024-01-22      | date        | exact
            25 | ets.coverage.entities                  | 2096            | entities    | exact
            26 | ets.coverage.annual-emissions          | 5200000000      | t CO2/year  | about
            27 | ets.compliance-rate                    | 99.98           | %           | exact
            28 | ets.volume.annual                      | 189000000       | t           | exact
            29 | ets.turnover.annual                    | 18114000000     | CNY         | exact
            30 | ets.volume.cumulative                  | 630000000       | t           | exact
            31 | ets.turnover.cumulative                | 43033000000     | CNY         | exact
            32 | ets.price.close-year-end               | 97.49           | CNY/t       | exact
            33 | ets.expansion.plan-date                | 2025-03-21      | date        | exact
            34 | ets.expansion.new-sector-emissions     | 3000000000      | t CO2e/year | about
            35 | ets.coverage.national-share            | 60              | %           | more_than
            36 | ets.volume.cumulative                  | 696000000       | t           | exact
            37 | ets.turnover.cumulative                | 47826000000     | CNY         | exact
            """)
    void servesEveryRow(int row, String metric, String value, String unit, String qualifier) {
        List<Map<String, Object>> facts = given().config(Api.exactNumbers()).queryParam("metric", metric).queryParam("size", 100)
                .when().get("/api/v1/facts").then().statusCode(200).extract().path("items");
        var fact = facts.stream().filter(f -> ((String) f.get("quote")).startsWith("| " + row + " |")).findFirst().orElseThrow();
        if (fact.get("value") != null) {
            assertEquals(new BigDecimal(value), new BigDecimal(fact.get("value").toString()), "digits exactly as published");
        } else {
            assertEquals(value, fact.get("valueText"));
        }
        assertEquals(unit, fact.get("unit"));
        assertEquals(qualifier, fact.get("qualifier"));
        assertEquals("datasets/ets/china-national-ets-facts.md, row " + row, fact.get("locator"));
    }

    @Test
    void showsTheArticleAndTheMinistrysCoverageSideBySide() {
        given().config(Api.exactNumbers()).queryParam("size", 100)
                .when().get("/api/v1/metrics/ets.coverage.annual-emissions/facts")
                .then().statusCode(200)
                .body("items.source.id", hasItem("mee-qiushi-ecological-civilization"))
                .body("items.source.id", hasItem("mee-2022-01-24-press-conference"))
                .body("items.findAll { it.value == 4500000000 }.qualifier", containsInAnyOrder("about", "about"));
    }

    @Test
    void keepsWhereEachFigureWasRead() {
        given().when().get("/api/v1/sources/seee-2021-annual-report")
                .then().statusCode(200)
                .body("publisher", equalTo("Shanghai Environment and Energy Exchange"))
                .body("retrievedFrom", equalTo("https://overview.cneeex.com/c/2021-12-31/491811.shtml"))
                .body("publishedPrecision", equalTo("unknown"));
        given().when().get("/api/v1/sources/mee-2022-01-24-press-conference")
                .then().body("publishedOn", equalTo("2022-01-24")).body("language", startsWith("zh"));
    }
}
