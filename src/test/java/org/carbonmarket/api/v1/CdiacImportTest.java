package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.carbonmarket.testsupport.Api;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** CDIAC-FF's national file, imported through the endpoint with its profile, gives China's emissions as published. */
@QuarkusTest
class CdiacImportTest {

    private static final String FILE = "/datasets/cdiac/cdiac-fossil-fuel-co2-emissions-by-nation.csv";
    private static final String CHINA = "CHINA (MAINLAND)";

    /** What the file holds for the profile: its rows, its value columns, and China's lines. */
    private record Contents(int rows, List<String> valueColumns, List<CSVRecord> china) {

        /** Every non-empty value cell of China's lines becomes a fact; an empty cell is no value. */
        int facts() {
            return (int) china.stream().flatMap(line -> valueColumns.stream().map(line::get)).filter(cell -> !cell.isEmpty()).count();
        }

        int linesWith(String column) {
            return (int) china.stream().filter(line -> !line.get(column).isEmpty()).count();
        }
    }

    @Test
    void importsChinasAnnualEmissionsExactlyAsPublished() throws IOException {
        byte[] file = read();
        Contents contents = contents(file);
        int firstCreated = given().config(Api.exactBodies()).header(Tokens.authorization("alice")).contentType("text/csv")
                .queryParam("profile", "cdiac-fossil-co2").queryParam("comment", "CDIAC-FF China 1899-2020")
                .body(file).when().post("/api/v1/imports")
                .then().statusCode(201).body("rowsRead", equalTo(contents.rows())).body("rejected", equalTo(0))
                .extract().path("created");
        // 1 source, a metric per value column and a fact per non-empty value cell of China's lines (gas flaring
        // is given for 1971-1990 only, per capita from 1950)
        given().when().get("/api/v1/metrics/emissions.fossil-co2.total/facts?size=100&page=2")
                .then().statusCode(200).body("totalElements", equalTo(contents.linesWith("Total")));

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
        assertEquals(1 + contents.valueColumns().size() + contents.facts(), firstCreated);
        assertEquals(0, secondCreated);
    }

    private static io.restassured.response.ValidatableResponse fact(String metric, int year) {
        List<String> ids = given().queryParam("metric", metric).queryParam("from", year + "-01-01").queryParam("to", year + "-12-31")
                .when().get("/api/v1/facts").then().statusCode(200).extract().path("items.id");
        assertEquals(1, ids.size(), metric + " " + year);
        return given().config(Api.exactNumbers()).when().get("/api/v1/facts/" + ids.get(0)).then().statusCode(200);
    }

    private static Contents contents(byte[] file) throws IOException {
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8))) {
            List<CSVRecord> rows = parser.getRecords();
            List<String> header = parser.getHeaderNames();
            return new Contents(rows.size(), header.subList(2, header.size()),
                    rows.stream().filter(row -> row.get("Country").equals(CHINA)).toList());
        }
    }

    private static byte[] read() throws IOException {
        try (InputStream in = CdiacImportTest.class.getResourceAsStream(FILE)) {
            return in.readAllBytes();
        }
    }
}
