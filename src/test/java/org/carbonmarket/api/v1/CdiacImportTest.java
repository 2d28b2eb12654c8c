package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.carbonmarket.testsupport.Api;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** CDIAC-FF's national file, imported through the endpoint with its profile, gives China's emissions as published. */
@QuarkusTest
class CdiacImportTest {

    private static final String FILE = "/datasets/cdiac/cdiac-fossil-fuel-co2-emissions-by-nation.csv";

    @Test
    void importsChinasAnnualEmissionsExactlyAsPublished() throws IOException {
        byte[] file = read();
        int firstCreated = given().config(Api.exactBodies()).header(Tokens.authorization("alice")).contentType("text/csv")
                .queryParam("profile", "cdiac-fossil-co2").queryParam("comment", "CDIAC-FF China 1899-2020")
                .body(file).when().post("/api/v1/imports")
                .then().statusCode(201).body("rowsRead", equalTo(18769)).body("rejected", equalTo(0))
                .extract().path("created");
        // 1 source, 8 metrics and 834 facts: every non-empty value cell of China's 120 lines (gas flaring
        // is given for 1971-1990 only, per capita from 1950)
        given().when().get("/api/v1/metrics/emissions.fossil-co2.total/facts?size=100&page=2")
                .then().statusCode(200).body("totalElements", equalTo(120));

        fact("emissions.fossil-co2.total", 2020)
                .body("value", Api.decimal("2915650")).body("unit", equalTo("kt C")).body("qualifier", equalTo("exact"))
                .body("quote", equalTo("2020,CHINA (MAINLAND),2915650,2095946,415680,184627,219397,,2.047509753915947,13570"))
                .body("locator", equalTo("data/fossil-fuel-co2-emissions-by-nation.csv, line 18588, column \"Total\""))
                .body("source.id", equalTo("cdiac-ff-fossil-co2-by-nation-1751-2020"));
        fact("emissions.fossil-co2.total", 1899).body("value", Api.decimal("26"));
        fact("emissions.fossil-co2.cement", 2020).body("value", Api.decimal("219397"));
        fact("emissions.fossil-co2.solid-fuel", 2019).body("value", Api.decimal("2053267"));
        fact("emissions.fossil-co2.per-capita", 2019)
                .body("value", Api.decimal("2.015447070250463")).body("unit", equalTo("t C per person"));
        fact("emissions.fossil-co2.gas-flaring", 1971).body("value", Api.decimal("216"));
        given().queryParam("metric", "emissions.fossil-co2.gas-flaring").queryParam("from", "2020-01-01")
                .when().get("/api/v1/facts")
                .then().body("items", hasSize(0)); // an empty cell is no value, not a zero

        int secondCreated = given().config(Api.exactBodies()).header(Tokens.authorization("alice")).contentType("text/csv")
                .queryParam("profile", "cdiac-fossil-co2").queryParam("comment", "again")
                .body(file).when().post("/api/v1/imports")
                .then().statusCode(201).body("updated", equalTo(0)).extract().path("created");
        assertEquals(843, firstCreated);
        assertEquals(0, secondCreated);
    }

    private static io.restassured.response.ValidatableResponse fact(String metric, int year) {
        List<String> ids = given().queryParam("metric", metric).queryParam("from", year + "-01-01").queryParam("to", year + "-12-31")
                .when().get("/api/v1/facts").then().statusCode(200).extract().path("items.id");
        assertEquals(1, ids.size(), metric + " " + year);
        return given().config(Api.exactNumbers()).when().get("/api/v1/facts/" + ids.get(0)).then().statusCode(200);
    }

    private static byte[] read() throws IOException {
        try (InputStream in = CdiacImportTest.class.getResourceAsStream(FILE)) {
            return in.readAllBytes();
        }
    }
}
