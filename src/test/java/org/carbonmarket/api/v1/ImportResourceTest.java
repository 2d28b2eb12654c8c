package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.carbonmarket.ingest.DatasetImporter;
import org.carbonmarket.testsupport.Api;
import org.carbonmarket.testsupport.Curation;
import org.carbonmarket.testsupport.HeldLocks;
import org.carbonmarket.testsupport.Problems;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Bulk imports: all or nothing, idempotent, reported row by row, and recorded. */
@QuarkusTest
class ImportResourceTest {

    @Inject
    AgroalDataSource dataSource;

    private static final String HEADER = "metric,source,value,value_text,unit,qualifier,region,time,period_start,period_end,"
            + "period_precision,period_label,baseline,quote,locator,note\r\n";

    private static RequestSpecification curator(String contentType) {
        return given().config(Api.exactBodies()).header(Tokens.authorization("alice")).contentType(contentType).queryParam("comment", "a test import");
    }

    private static String csvLine(String source, int year, String value, String qualifier) {
        return "ets.coverage.annual-emissions," + source + "," + value + ",,t CO2/year," + qualifier + ",CN-SH,flow," + year + "-01-01,"
                + year + "-12-31,year," + year + ",,\"Covered about " + value + " t, \"\"as reported\"\".\",p. 1,\r\n";
    }

    private static String dataset(String source, String metric) {
        return """
                {"sources": [{"id": "%s", "title": "Import test", "publisher": "Test Bureau",
                              "published": {"on": "2025-01-03", "precision": "day"}, "language": "en", "regions": ["CN"]}],
                 "metrics": [{"code": "%s", "name": "Imported metric", "description": "For an import test.",
                              "topic": "carbon-market", "unit": "t", "kind": "quantity"}],
                 "facts": [{"metric": "%s", "source": "%s", "value": 189000000, "unit": "t", "qualifier": "about",
                            "region": "CN", "time": "flow", "period": {"start": "2024-01-01", "end": "2024-12-31", "precision": "year"},
                            "quote": "The annual volume was 189 million tonnes.", "locator": "para. 2"}]}"""
                .formatted(source, metric, metric, source);
    }

    @Test
    void importsAJsonDatasetOnceThenFindsItUnchanged() {
        String source = "test-" + UUID.randomUUID().toString().substring(0, 13);
        String metric = "test.volume-" + UUID.randomUUID().toString().substring(0, 8);
        String id = curator("application/json").body(dataset(source, metric)).when().post("/api/v1/imports")
                .then().statusCode(201)
                .body("rowsRead", equalTo(3)).body("created", equalTo(3)).body("updated", equalTo(0))
                .body("unchanged", equalTo(0)).body("rejected", equalTo(0)).body("createdBy", equalTo("alice"))
                .extract().path("id");
        curator("application/json").body(dataset(source, metric)).when().post("/api/v1/imports")
                .then().statusCode(201).body("created", equalTo(0)).body("unchanged", equalTo(3));
        curator("application/json").body(dataset(source, metric).replace("189000000", "189000001"))
                .when().post("/api/v1/imports").then().statusCode(201).body("updated", equalTo(1)).body("unchanged", equalTo(2));

        given().queryParam("metric", metric).when().get("/api/v1/facts")
                .then().body("items", hasSize(1)).body("items[0].value", Api.decimal("189000001")).body("items[0].version", equalTo(1));
        given().when().get("/api/v1/imports/" + id).then().statusCode(200)
                .body("comment", equalTo("a test import")).body("created", equalTo(3)).body("createdAt", notNullValue());
        given().queryParam("size", 100).when().get("/api/v1/imports").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void importsCsvFactsAndTellsEachBadLineWithoutWritingAnything() {
        String source = Curation.newSource();
        String bad = HEADER + csvLine(source, 2021, "4500000000", "about") + csvLine(source, 2022, "lots", "about")
                + csvLine(source, 2023, "5100000000", "roughly");
        Problems.isProblem(curator("text/csv").body(bad).when().post("/api/v1/imports").then(), 422)
                .body("report.rowsRead", equalTo(3))
                .body("report.rejected", equalTo(2))
                .body("report.errors[0].line", equalTo(3))
                .body("report.errors[0].reasons[0]", startsWith("value: must be a decimal number"))
                .body("report.errors[1].line", equalTo(4))
                .body("report.errors[1].reasons[0]", startsWith("qualifier: must be one of"));
        given().queryParam("source", source).when().get("/api/v1/facts").then().body("totalElements", equalTo(0));

        String good = HEADER + csvLine(source, 2021, "4500000000", "about") + csvLine(source, 2023, "5100000000", "about");
        curator("text/csv").body(good).when().post("/api/v1/imports").then().statusCode(201).body("created", equalTo(2));
        given().queryParam("source", source).queryParam("sort", "period").when().get("/api/v1/facts")
                .then().body("items.value", hasSize(2)).body("items[0].value", Api.decimal("4500000000"))
                .body("items[0].quote", equalTo("Covered about 4500000000 t, \"as reported\"."));
        curator("text/csv").body(good).when().post("/api/v1/imports").then().statusCode(201)
                .body("created", equalTo(0)).body("unchanged", equalTo(2));
    }

    @Test
    void importsAFactForTheKeyThatAReplacementFreed() {
        String source = Curation.newSource();
        String row = HEADER + csvLine(source, 1501, "7", "about");
        curator("text/csv").body(row).when().post("/api/v1/imports").then().statusCode(201).body("created", equalTo(1));
        String moved = given().queryParam("source", source).when().get("/api/v1/facts").path("items[0].id");
        given().header(Tokens.authorization("alice")).contentType("application/json").header("If-Match", "\"0\"")
                .body("""
                        {"metric": "ets.coverage.annual-emissions", "source": "%s", "value": 7, "unit": "t CO2/year",
                         "qualifier": "about", "region": "CN", "time": "flow", "period": {"start": "1502-01-01", "end": "1502-12-31",
                         "precision": "year", "label": "1502"}, "quote": "Covered about 7 t.", "locator": "p. 1",
                         "comment": "the year was misread"}""".formatted(source))
                .when().put("/api/v1/facts/" + moved).then().statusCode(200);

        curator("text/csv").queryParam("dryRun", "true").body(row).when().post("/api/v1/imports")
                .then().statusCode(200).body("created", equalTo(1)).body("unchanged", equalTo(0));
        curator("text/csv").body(row).when().post("/api/v1/imports").then().statusCode(201).body("created", equalTo(1));
        curator("text/csv").body(row).when().post("/api/v1/imports").then().statusCode(201).body("unchanged", equalTo(1));

        given().queryParam("source", source).queryParam("sort", "period").when().get("/api/v1/facts")
                .then().body("items.period.start", equalTo(List.of("1501-01-01", "1502-01-01")))
                .body("items[1].id", equalTo(moved));
    }

    @Test
    void answers409WhenAnotherReplicaTakesAKeyWhileTheImportRuns() throws Exception {
        String source = Curation.newSource();
        String fact = Curation.newFact(source, "80");
        String row = HEADER + "air.good-days-share," + source + ",81,,%,about,CN,flow,1990-01-01,1990-12-31,year,1990,,"
                + "Good days made up about 81% of the year.,p. 3,\r\n";
        CompletableFuture<ValidatableResponse> imported;
        try (var other = HeldLocks.take(dataSource, "update fact set period_start = '1990-01-01', period_end = '1990-12-31',"
                + " version = version + 1, updated_at = clock_timestamp() where id = '" + fact + "'")) {
            imported = CompletableFuture.supplyAsync(() -> curator("text/csv").body(row).when().post("/api/v1/imports").then());
            other.awaitWaiter(Duration.ofSeconds(20)); // the import writes the key that the other write has taken
            other.commit();
        }
        Problems.isProblem(imported.get(20, TimeUnit.SECONDS), 409);
        given().queryParam("source", source).when().get("/api/v1/facts").then().body("items.id", equalTo(List.of(fact)));
    }

    @Test
    void dryRunCountsWithoutWriting() {
        String source = Curation.newSource();
        curator("text/csv").queryParam("dryRun", "true").body(HEADER + csvLine(source, 2021, "1", "exact"))
                .when().post("/api/v1/imports")
                .then().statusCode(200).body("dryRun", equalTo(true)).body("id", equalTo(null)).body("created", equalTo(1));
        given().queryParam("source", source).when().get("/api/v1/facts").then().body("totalElements", equalTo(0));
        curator("text/csv").queryParam("dryRun", "true").body(HEADER + csvLine(source, 2021, "x", "exact"))
                .when().post("/api/v1/imports")
                .then().statusCode(200).body("rejected", equalTo(1)).body("errors[0].line", equalTo(2));
    }

    @Test
    void dryRunLocksNoFactAndWaitsForNone() throws Exception {
        String source = Curation.newSource();
        String fact = Curation.newFact(source, "80");
        String newSource = "test-" + UUID.randomUUID().toString().substring(0, 13);
        String dataset = """
                {"sources": [{"id": "%s", "title": "Dry run", "publisher": "Test Bureau",
                              "published": {"on": "2025-01-03", "precision": "day"}, "language": "en"}],
                 "facts": [{"metric": "air.good-days-share", "source": "%s", "value": 81, "unit": "%%", "qualifier": "about",
                            "region": "CN", "time": "flow", "period": {"start": "2024-01-01", "end": "2024-12-31", "precision": "year", "label": "2024"},
                            "quote": "Good days made up about 81%% of the year.", "locator": "p. 3"}]}""".formatted(newSource, source);

        try (var held = HeldLocks.take(dataSource, "select 1 from fact where id = '" + fact + "' for update")) {
            // Another write holds the fact that the dry run would update: the dry run counts it without waiting.
            var dryRun = CompletableFuture.supplyAsync(() -> curator("application/json").queryParam("dryRun", "true")
                    .body(dataset).when().post("/api/v1/imports").then()).get(10, TimeUnit.SECONDS);
            dryRun.statusCode(200).body("dryRun", equalTo(true)).body("created", equalTo(1)).body("updated", equalTo(1));

            var write = CompletableFuture.supplyAsync(() -> given().header(Tokens.authorization("bob"))
                    .contentType("application/json").body("""
                            {"id": "%s-other", "title": "Written meanwhile", "publisher": "Test Bureau",
                             "published": {"on": "2025-03-01", "precision": "day"}, "language": "en", "comment": "c"}"""
                            .formatted(newSource))
                    .when().post("/api/v1/sources").then().extract().statusCode());
            assertEquals(201, write.get(10, TimeUnit.SECONDS), "the curator's write, while the fact is held");
        }
        Problems.isProblem(given().when().get("/api/v1/sources/" + newSource).then(), 404);
        given().when().get("/api/v1/facts/" + fact).then().body("value", Api.decimal("80")).body("version", equalTo(0));
    }

    @Test
    void dryRunDoesNotQueueBehindARunningImport() throws Exception {
        String source = Curation.newSource();
        try (var held = HeldLocks.take(dataSource, "select pg_advisory_xact_lock(" + DatasetImporter.IMPORT_LOCK + ")")) {
            var dryRun = CompletableFuture.supplyAsync(() -> curator("text/csv").queryParam("dryRun", "true")
                    .body(HEADER + csvLine(source, 2021, "1", "exact")).when().post("/api/v1/imports").then().extract().statusCode());
            assertEquals(200, dryRun.get(10, TimeUnit.SECONDS), "a dry run while another import holds the import lock");
        }
    }

    @Test
    void servesTemplatesThatImportAsTheyAre() {
        String csv = given().when().get("/api/v1/imports/template.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        curator("text/csv").queryParam("dryRun", "true").body(csv).when().post("/api/v1/imports")
                .then().statusCode(200).body("rejected", equalTo(0)).body("rowsRead", equalTo(1));
        String json = given().when().get("/api/v1/imports/template.json").then().statusCode(200).extract().asString();
        curator("application/json").queryParam("dryRun", "true").body(json).when().post("/api/v1/imports")
                .then().statusCode(200).body("rejected", equalTo(0)).body("rowsRead", equalTo(3));
    }

    @Test
    void rejectsANulInAReferencedCodeOfAJsonDatasetRowByRow() {
        String source = "test-" + UUID.randomUUID().toString().substring(0, 13);
        String metric = "test.volume-" + UUID.randomUUID().toString().substring(0, 8);
        String body = dataset(source, metric)
                .replace("\"topic\": \"carbon-market\"", "\"topic\": \"carbon-market\\u0000\"")
                .replace("\"metric\": \"" + metric + "\"", "\"metric\": \"" + metric + "\\u0000\"")
                .replace("\"source\": \"" + source + "\"", "\"source\": \"" + source + "\\u0000\"");
        Problems.isProblem(curator("application/json").body(body).when().post("/api/v1/imports").then(), 422)
                .body("report.errors.entry", equalTo(List.of("metrics[0]", "facts[0]")))
                .body("report.errors[0].reasons", equalTo(List.of("topic: must not contain the NUL character")))
                .body("report.errors[1].reasons", equalTo(List.of("metric: must not contain the NUL character",
                        "source: must not contain the NUL character")));
    }

    @Test
    void rejectsANulInAReferencedCodeOfACsvLine() {
        String source = Curation.newSource();
        String body = HEADER + csvLine(source, 2021, "1", "exact").replace(source, source + "\u0000")
                .replace("ets.coverage.annual-emissions", "ets.coverage.annual-emissions\u0000");
        Problems.isProblem(curator("text/csv").body(body).when().post("/api/v1/imports").then(), 422)
                .body("report.errors[0].line", equalTo(2))
                .body("report.errors[0].reasons", equalTo(List.of("metric: must not contain the NUL character",
                        "source: must not contain the NUL character")));
    }

    @Test
    void refusesAJsonDatasetThatMeansMoreThanOneThing() {
        String source = "test-" + UUID.randomUUID().toString().substring(0, 13);
        String metric = "test.volume-" + UUID.randomUUID().toString().substring(0, 8);
        String dataset = dataset(source, metric);
        Problems.isProblem(curator("application/json").body(dataset + " xyz").when().post("/api/v1/imports").then(), 400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", startsWith("has more after the JSON value"));
        Problems.isProblem(curator("application/json").body(dataset.replace("\"title\":", "\"title\": \"x\", \"title\":"))
                .when().post("/api/v1/imports").then(), 400)
                .body("errors[0].field", equalTo("sources[0].title"))
                .body("errors[0].message", equalTo("is given twice"));
        Problems.isProblem(curator("application/json").body(dataset.replace("Import test", "Import test\\ud800"))
                .when().post("/api/v1/imports").then(), 422)
                .body("report.errors[0].reasons", equalTo(List.of("title: must not contain a lone surrogate (half of a UTF-16 pair, such as \\ud800)")));
    }

    @Test
    void answersABrokenHeaderWith400NamingTheColumns() {
        Problems.isProblem(curator("text/csv").body("metric,source,value,colour\r\n").when().post("/api/v1/imports").then(), 400)
                .body("errors.message", hasItem("column 'unit' is missing"))
                .body("errors.message", hasItem("column 'colour' is unknown"));
    }

    @Test
    void answersAJsonBodyThatIsNoDatasetWith400() {
        for (String body : List.of("null", "123", "\"text\"", "[]")) {
            Problems.isProblem(curator("application/json").body(body).when().post("/api/v1/imports").then(), 400)
                    .body("errors[0].field", equalTo("body"));
        }
    }

    @Test
    void answersAWrongEncodingWith400() {
        byte[] latin1 = (HEADER + "land.forest-coverage,x,1,,%,exact,CN,flow,2012-01-01,,year,,,Caf\u00e9,p,\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Problems.isProblem(curator("text/csv").body(latin1).when().post("/api/v1/imports").then(), 400)
                .body("errors[0].message", equalTo("is not readable CSV: it is not valid UTF-8 text"));
        Problems.isProblem(curator("text/csv; charset=ISO-8859-1").body(latin1).when().post("/api/v1/imports").then(), 400)
                .body("errors[0].field", equalTo("Content-Type"));
    }

    @Test
    void answersTooLargeBodiesAndTooManyRowsWith413() {
        byte[] big = new byte[2_000_001];
        java.util.Arrays.fill(big, (byte) 'a');
        Problems.isProblem(curator("text/csv").body(big).when().post("/api/v1/imports").then(), 413);
        String rows = HEADER + ",,,,,,,,,,,,,,\r\n".repeat(20_001);
        Problems.isProblem(curator("text/csv").body(rows).when().post("/api/v1/imports").then(), 413)
                .body("detail", equalTo("The import has more than 20000 rows."));
    }

    @Test
    void requiresACommentAndAKnownProfile() {
        Problems.isProblem(given().config(Api.exactBodies()).header(Tokens.authorization("alice")).contentType("text/csv").body(HEADER)
                .queryParam("profile", "nope").when().post("/api/v1/imports").then(), 400)
                .body("errors.field", equalTo(List.of("comment", "profile")));
    }

    @Test
    void needsACuratorToImport() {
        Problems.isProblem(given().config(Api.exactBodies()).contentType("text/csv").body(HEADER).queryParam("comment", "c")
                .when().post("/api/v1/imports").then(), 401);
    }
}
