package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.carbonmarket.testsupport.Curation;
import org.carbonmarket.testsupport.Datasets;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every list and series also answers RFC 4180 CSV, with the same filters, pages and values as JSON. */
@QuarkusTest
class CsvResponsesTest {

    /** Text that a spreadsheet would run as a formula (OWASP "CSV Injection"), one fact each. */
    private static final List<String> FORMULAS = List.of("=1+2", "+1+2", "-1+2", "@SUM(A1)", "\tleading tab", "\rleading return");

    /** The year-end closing prices that the ETS dataset holds. */
    private static final int CLOSES = Datasets.facts(Datasets.ofMetric("ets.price.close-year-end")).size();

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
        assertEquals(CLOSES, records.size());
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
        assertEquals(CLOSES - 3, records.size());
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

    @Test
    void neutralisesCellsThatASpreadsheetWouldRunAsFormulas() throws IOException {
        String source = "test-" + UUID.randomUUID().toString().substring(0, 13);
        given().header(Tokens.authorization("alice")).contentType("application/json")
                .body("""
                        {"id": "%s", "title": "=HYPERLINK(\\"http://evil.example\\")", "publisher": "Test Bureau",
                         "published": {"on": "2025-03-01", "precision": "day"}, "language": "en",
                         "regions": ["CN"], "comment": "source for a test"}""".formatted(source))
                .when().post("/api/v1/sources").then().statusCode(201);
        for (int i = 0; i < FORMULAS.size(); i++) {
            String body = Curation.factBody(source, i % 2 == 0 ? "-2.5" : "-0.3", "entered for a test")
                    .replace("Good days made up about " + (i % 2 == 0 ? "-2.5" : "-0.3") + "% of the year.",
                            FORMULAS.get(i).replace("\t", "\\t").replace("\r", "\\r"))
                    .replace("2024", Integer.toString(2010 + i));
            given().header(Tokens.authorization("alice")).contentType("application/json").body(body)
                    .when().post("/api/v1/facts").then().statusCode(201);
        }

        String csv = given().accept("text/csv").queryParam("size", 100).when().get("/api/v1/sources/" + source + "/facts")
                .then().statusCode(200).extract().asString();

        Map<String, CSVRecord> byQuote = parse(csv).stream().collect(Collectors.toMap(r -> r.get("quote"), r -> r));
        for (String formula : FORMULAS) {
            CSVRecord record = byQuote.get("'" + formula);
            assertTrue(record != null, "neutralised " + formula.strip() + " in " + byQuote.keySet());
            assertTrue(record.get("value").equals("-2.5") || record.get("value").equals("-0.3"), "numbers stay as they are");
            assertEquals("'=HYPERLINK(\"http://evil.example\")", record.get("source.title"));
        }
        assertTrue(csv.contains("\"'=1+2\""), "a neutralised cell is quoted: " + csv);
        assertTrue(csv.contains(",-2.5,"), "a negative number is neither prefixed nor quoted: " + csv);
    }

    @Test
    void shipsImportTemplatesWithoutFormulaCells() throws IOException {
        String csv = given().when().get("/api/v1/imports/template.csv").then().statusCode(200).extract().asString();
        for (CSVRecord record : parse(csv)) {
            for (String cell : record) {
                assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, cell);
            }
        }
    }
}
