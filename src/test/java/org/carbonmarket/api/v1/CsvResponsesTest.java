package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every list and series also answers RFC 4180 CSV, with the same filters, pages and values as JSON. */
@QuarkusTest
class CsvResponsesTest {

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    }

    @Test
    void answersFactsAsCsvThatAParserReadsBack() throws IOException {
        String csv = given().accept("text/csv").queryParam("metric", "ets.price.close-year-end").queryParam("sort", "period")
                .when().get("/api/v1/facts")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Link", containsString("rel=\"first\""))
                .extract().asString();
        assertEquals(true, csv.contains("\r\n"), "CRLF line ends");
        List<CSVRecord> records = parse(csv);
        assertEquals(4, records.size());
        assertEquals("54.22", records.get(0).get("value"));
        assertEquals("55.00", records.get(1).get("value"), "the published digits, trailing zeros included");
        assertEquals("ets.price.close-year-end", records.get(0).get("metric.code"));
        assertEquals("2021-12-31", records.get(0).get("period.end"));
        assertEquals("| 7 | closing price, last trading day of 2021 | 54.22 | CNY / t | 2021-12-31 | same | same |",
                records.get(0).get("quote"), "a quote with commas and bars survives quoting");
    }

    @Test
    void pagesCsvLikeJson() throws IOException {
        String page2 = given().accept("text/csv").queryParam("metric", "ets.price.close-year-end").queryParam("sort", "period")
                .queryParam("size", 3).queryParam("page", 2)
                .when().get("/api/v1/facts").then().statusCode(200).extract().asString();
        List<CSVRecord> records = parse(page2);
        assertEquals(1, records.size());
        assertEquals("97.49", records.get(0).get("value"));
    }

    @Test
    void answersASeriesAsCsv() throws IOException {
        String csv = given().accept("text/csv").when().get("/api/v1/metrics/ets.volume.annual/series")
                .then().statusCode(200).extract().asString();
        List<CSVRecord> records = parse(csv);
        assertEquals(List.of("50889493", "212000000", "189000000"), records.stream().map(r -> r.get("value")).toList());
    }

    @Test
    void writesTheHeaderOfAnEmptyPage() throws IOException {
        String csv = given().accept("text/csv").queryParam("metric", "ets.price.close-year-end").queryParam("page", 9)
                .when().get("/api/v1/facts").then().statusCode(200).extract().asString();
        assertEquals(true, csv.startsWith("id,metric.code,metric.name,topic,value,"), csv);
        assertEquals(0, parse(csv).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/metrics", "/api/v1/sources", "/api/v1/topics", "/api/v1/markets", "/api/v1/imports",
            "/api/v1/metrics/land.forest-coverage/facts", "/api/v1/sources/seee-2021-annual-report/facts",
            "/api/v1/facts/49180144-1ba0-3797-ba31-a37e5193bde3/revisions"})
    void answersEveryListAsCsv(String path) throws IOException {
        String csv = given().accept("text/csv").when().get(path).then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        parse(csv);
    }
}
