package org.carbonmarket.api.v1;

import org.carbonmarket.testsupport.Pagination;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.carbonmarket.testsupport.Api;
import org.carbonmarket.testsupport.Tokens;
import org.carbonmarket.testsupport.WithCdiac;
import org.junit.jupiter.api.Test;

/**
 * CDIAC-FF's national file, imported through the endpoint with its profile, gives every entity's emissions as published,
 * each under its code of the regions catalogue.
 */
@QuarkusTest
@TestProfile(WithCdiac.class)
class CdiacImportTest {

    private static final String FILE = "/datasets/cdiac/cdiac-fossil-fuel-co2-emissions-by-nation.csv";
    private static final String CHINA = "CHINA (MAINLAND)";

    /** What the file holds for the profile: its rows, its value columns, and its lines. */
    private record Contents(int rows, List<String> valueColumns, List<CSVRecord> lines) {

        /** Every non-empty value cell becomes a fact; an empty cell is no value. */
        int facts() {
            return (int) lines.stream().flatMap(line -> valueColumns.stream().map(line::get)).filter(cell -> !cell.isEmpty()).count();
        }

        /** How many lines of these entities have a value in the column. */
        int linesWith(Collection<String> countries, String column) {
            return (int) lines.stream().filter(line -> countries.contains(line.get("Country")) && !line.get(column).isEmpty()).count();
        }
    }

    @Test
    void importsChinasAnnualEmissionsExactlyAsPublished() throws IOException {
        byte[] file = read();
        Contents contents = contents(file);
        // The service loaded the file at its start (and another test may have imported it): what is stored is unchanged.
        var first = given().config(Api.exactBodies()).header(Tokens.authorization("alice")).contentType("text/csv")
                .queryParam("profile", "cdiac-fossil-co2").queryParam("comment", "CDIAC-FF 1751-2020")
                .body(file).when().post("/api/v1/imports")
                .then().statusCode(201).body("rowsRead", equalTo(contents.rows())).body("rejected", equalTo(0))
                .extract().response();
        // 1 source, a metric per value column and a fact per non-empty value cell (China's gas flaring is given for
        // 1971-2013 only, its per capita from 1950)
        given().queryParam("region", "CN").when().get("/api/v1/metrics/emissions.fossil-co2.total/series")
                .then().statusCode(200).body("totalElements", equalTo(contents.linesWith(List.of(CHINA), "Total")));

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
        fact("emissions.fossil-co2.gas-flaring", 2013);
        given().queryParam("metric", "emissions.fossil-co2.gas-flaring").queryParam("region", "CN").queryParam("from", "2014-01-01")
                .when().get("/api/v1/facts")
                .then().body("items", hasSize(0)); // an empty cell is no value, not a zero

        int secondCreated = given().config(Api.exactBodies()).header(Tokens.authorization("alice")).contentType("text/csv")
                .queryParam("profile", "cdiac-fossil-co2").queryParam("comment", "again")
                .body(file).when().post("/api/v1/imports")
                .then().statusCode(201).body("updated", equalTo(0)).extract().path("created");
        assertEquals(1 + contents.valueColumns().size() + contents.facts(), first.<Integer>path("created") + first.<Integer>path("unchanged"));
        assertEquals(0, secondCreated);
    }

    @Test
    void servesEveryEntityOfTheFileUnderItsCode() throws IOException {
        Contents contents = contents(read());
        given().config(Api.exactBodies()).header(Tokens.authorization("alice")).contentType("text/csv")
                .queryParam("profile", "cdiac-fossil-co2").queryParam("comment", "CDIAC-FF every nation")
                .body(read()).when().post("/api/v1/imports").then().statusCode(201).body("rejected", equalTo(0));
        Map<String, Set<String>> namesByCode = new TreeMap<>();
        Map<String, String> codes = entityCodes();
        contents.lines().forEach(line -> namesByCode.computeIfAbsent(codes.get(line.get("Country")),
                code -> new TreeSet<>()).add(line.get("Country")));
        assertEquals(contents.lines().stream().map(line -> line.get("Country")).distinct().count(),
                namesByCode.values().stream().mapToLong(Set::size).sum(), "every entity of the file has a code");
        namesByCode.forEach((code, names) -> given().queryParam("region", code).queryParam("size", 1)
                .when().get("/api/v1/metrics/emissions.fossil-co2.total/series")
                .then().statusCode(200).body("totalElements", equalTo(contents.linesWith(names, "Total"))));
    }

    @Test
    void convertsCarbonToCo2OnlyWhenAsked() throws IOException {
        given().config(Api.exactBodies()).header(Tokens.authorization("alice")).contentType("text/csv")
                .queryParam("profile", "cdiac-fossil-co2").queryParam("comment", "CDIAC-FF")
                .body(read()).when().post("/api/v1/imports").then().statusCode(201);
        String id = given().queryParam("metric", "emissions.fossil-co2.total").queryParam("region", "CN")
                .queryParam("from", "2020-01-01").queryParam("to", "2020-12-31")
                .when().get("/api/v1/facts").then().extract().path("items[0].id");
        given().config(Api.exactNumbers()).when().get("/api/v1/facts/" + id)
                .then().statusCode(200).body("unit", equalTo("kt C")).body("value", Api.decimal("2915650"));
        given().config(Api.exactNumbers()).queryParam("unit", "kt CO2").when().get("/api/v1/facts/" + id)
                .then().statusCode(200)
                .body("unit", equalTo("kt CO2"))
                .body("value", Api.decimal("10690716.66666666666666666666666667"))
                .body("conversion.publishedValue", Api.decimal("2915650"))
                .body("conversion.publishedUnit", equalTo("kt C"))
                .body("conversion.exact", equalTo(false));
    }

    /** The regions catalogue's code of each entity of the file. */
    private static Map<String, String> entityCodes() throws IOException {
        try (InputStream in = CdiacImportTest.class.getResourceAsStream("/datasets/regions/cdiac-entities.csv");
                var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, String> codes = new TreeMap<>();
            parser.forEach(row -> codes.put(row.get("cdiac_name"), row.get("code")));
            return codes;
        }
    }

    private static io.restassured.response.ValidatableResponse fact(String metric, int year) {
        List<String> ids = given().queryParam("metric", metric).queryParam("region", "CN")
                .queryParam("from", year + "-01-01").queryParam("to", year + "-12-31")
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
                    rows);
        }
    }

    private static byte[] read() throws IOException {
        try (InputStream in = CdiacImportTest.class.getResourceAsStream(FILE)) {
            return in.readAllBytes();
        }
    }

    /**
     * A page of a collection larger than the count bound says that its total is a lower bound, links to no last page,
     * and still leads on by cursor: a page never costs a count of every match.
     */
    @Test
    void boundsTheCountOfALargeCollection() {
        var first = given().queryParam("source", "cdiac-ff-fossil-co2-by-nation-1751-2020").queryParam("size", 50)
                .when().get("/api/v1/facts").then().statusCode(200)
                .body("totalElements", equalTo(10_000)).body("totalRelation", equalTo("gte")).body("totalPages", equalTo(200))
                .extract();
        assertNull(Pagination.link(first.header("Link"), "last"), "no page number reaches the end");
        String next = Pagination.link(first.header("Link"), "next");
        List<String> second = Pagination.ids(next);
        assertEquals(50, second.size());
        assertTrue(second.stream().noneMatch(first.<List<String>>path("items.id")::contains));
        given().queryParam("metric", "emissions.fossil-co2.total").queryParam("region", "CN").when().get("/api/v1/facts")
                .then().statusCode(200).body("totalRelation", equalTo("eq"));
    }

    /**
     * A word that every CDIAC fact matches (by its metric's name) ranks a bounded set of candidates: the count says
     * "at least", and cursors walk on in relevance order.
     */
    @Test
    void ranksABoundedSetOfCandidatesForACommonWord() {
        var first = given().queryParam("q", "carbon").queryParam("size", 100).when().get("/api/v1/facts").then().statusCode(200)
                .body("totalElements", equalTo(10_000)).body("totalRelation", equalTo("gte")).extract();
        assertEquals(100, first.<List<String>>path("items.id").size());
        List<String> second = Pagination.ids(Pagination.link(first.header("Link"), "next"));
        assertEquals(100, second.size());
        assertTrue(second.stream().noneMatch(first.<List<String>>path("items.id")::contains));
    }
}
