package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.carbonmarket.testsupport.Api;
import org.carbonmarket.testsupport.Problems;
import org.junit.jupiter.api.Test;

/** unit= converts within a family with decimal arithmetic, says so, and refuses what does not convert. */
@QuarkusTest
class UnitConversionTest {

    private static final String ARTICLE = "mee-qiushi-ecological-civilization";

    @Test
    void converts278MillionMuToSquareKilometres() {
        // 278,000,000 mu x 10000/15 m² per mu / 1,000,000 m² per km² = 185,333.33... km², rounded to 34 digits
        given().config(Api.exactNumbers()).queryParam("metric", "land.desertification-control-area").queryParam("unit", "km²")
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .body("items[0].value", Api.decimal("185333.3333333333333333333333333333"))
                .body("items[0].unit", equalTo("km²"))
                .body("items[0].conversion.publishedValue", Api.decimal("278000000"))
                .body("items[0].conversion.publishedUnit", equalTo("mu"))
                .body("items[0].conversion.exact", equalTo(false));
        given().config(Api.exactNumbers()).queryParam("metric", "land.desertification-control-area").queryParam("unit", "ha")
                .when().get("/api/v1/facts")
                .then().body("items[0].value", Api.decimal("18533333.33333333333333333333333333"));
    }

    @Test
    void converts4Point5BillionTonnesToGigatonnesExactly() {
        given().config(Api.exactNumbers()).queryParam("unit", "Gt")
                .when().get("/api/v1/facts/49180144-1ba0-3797-ba31-a37e5193bde3")
                .then().statusCode(200)
                .body("value", Api.decimal("4.5"))
                .body("unit", equalTo("Gt CO2/year"))
                .body("qualifier", equalTo("about"))
                .body("conversion.exact", equalTo(true));
        given().config(Api.exactNumbers()).queryParam("unit", "Mt")
                .when().get("/api/v1/metrics/ets.volume.cumulative/series/latest")
                .then().body("value", Api.decimal("696")).body("unit", equalTo("Mt"));
    }

    @Test
    void convertsEnergy() {
        given().config(Api.exactNumbers()).queryParam("metric", "power.baihetan.cumulative-generation").queryParam("unit", "TWh")
                .when().get("/api/v1/facts")
                .then().body("items[0].value", Api.decimal("100")).body("items[0].unit", equalTo("TWh"))
                .body("items[0].qualifier", equalTo("more_than"));
    }

    @Test
    void leavesValuesAsPublishedWithoutUnit() {
        given().when().get("/api/v1/facts/49180144-1ba0-3797-ba31-a37e5193bde3")
                .then().body("unit", equalTo("t CO2/year")).body("conversion", nullValue());
    }

    @Test
    void refusesIncompatibleUnitsNamingTheCompatibleOnes() {
        Problems.isProblem(given().queryParam("unit", "kWh")
                .when().get("/api/v1/facts/49180144-1ba0-3797-ba31-a37e5193bde3").then(), 400)
                .body("errors[0].field", equalTo("unit"))
                .body("errors[0].message", equalTo("'t CO2/year' converts to t, kt, Mt, Gt only"));
        Problems.isProblem(given().queryParam("metric", "ets.turnover.annual").queryParam("unit", "kt")
                .when().get("/api/v1/facts").then(), 400)
                .body("errors[0].message", equalTo("'CNY' values are shown as published only"));
        Problems.isProblem(given().queryParam("unit", "furlong").queryParam("source", ARTICLE)
                .when().get("/api/v1/facts").then(), 400)
                .body("errors[0].message", equalTo("must be one of t, kt, Mt, Gt, kWh, MWh, GWh, TWh, mu, ha, km², t CO2, kt CO2, Mt CO2, Gt CO2"));
        Problems.isProblem(given().queryParam("unit", "Gt").when().get("/api/v1/facts").then(), 400)
                .body("errors[0].message", equalTo("needs metric: values convert within one metric"));
    }
}
