package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.carbonmarket.fact.FactIdentity;
import org.carbonmarket.testsupport.Api;
import org.carbonmarket.testsupport.Curation;
import org.carbonmarket.testsupport.Problems;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Curators create, replace and retire facts; every change is versioned and recorded. */
@QuarkusTest
class FactCurationTest {

    @Test
    void createsAFactWithLocationAndEtag() {
        String source = Curation.newSource();
        Response created = given().header(Tokens.authorization("alice")).contentType("application/json")
                .body(Curation.factBody(source, "86.5", "entered for a test"))
                .when().post("/api/v1/facts");
        created.then().statusCode(201)
                .header("ETag", startsWith("\"0."))
                .body("value", Api.decimal("86.5"))
                .body("qualifier", equalTo("about"))
                .body("status", equalTo("published"))
                .body("version", equalTo(0));
        String id = created.path("id");
        created.then().header("Location", endsWith("/api/v1/facts/" + id));
        given().when().get(created.header("Location")).then().statusCode(200).header("ETag", startsWith("\"0.")).body("id", equalTo(id));
    }

    @Test
    void refusesASecondFactWithTheSameSourceMetricRegionAndPeriod() {
        String source = Curation.newSource();
        Curation.newFact(source, "80");
        Problems.isProblem(given().header(Tokens.authorization("alice")).contentType("application/json")
                .body(Curation.factBody(source, "81", "again")).when().post("/api/v1/facts").then(), 409);
    }

    @Test
    void createsAFactForTheKeyThatAReplacementFreed() {
        String source = Curation.newSource();
        String moved = given().header(Tokens.authorization("alice")).contentType("application/json")
                .body(factIn(source, 1501)).when().post("/api/v1/facts").then().statusCode(201).extract().path("id");
        given().header(Tokens.authorization("alice")).contentType("application/json").header("If-Match", "\"0\"")
                .body(factIn(source, 1502)).when().put("/api/v1/facts/" + moved).then().statusCode(200);

        String created = given().header(Tokens.authorization("alice")).contentType("application/json")
                .body(factIn(source, 1501)).when().post("/api/v1/facts")
                .then().statusCode(201).body("period.start", equalTo("1501-01-01")).extract().path("id");

        String key = FactIdentity.key(source, "air.good-days-share", "CN", LocalDate.of(1501, 1, 1), LocalDate.of(1501, 12, 31));
        assertEquals(FactIdentity.of(key, 1).toString(), created, "the next id of the key, the same on every replica");
        given().when().get("/api/v1/facts/" + moved).then().statusCode(200).body("period.start", equalTo("1502-01-01"));
        Problems.isProblem(given().header(Tokens.authorization("alice")).contentType("application/json")
                .body(factIn(source, 1501)).when().post("/api/v1/facts").then(), 409);
    }

    @Test
    void letsExactlyOneOfTwoConcurrentCreatesOfAFreedKeyWin() throws Exception {
        String source = Curation.newSource();
        String moved = given().header(Tokens.authorization("alice")).contentType("application/json")
                .body(factIn(source, 1501)).when().post("/api/v1/facts").then().statusCode(201).extract().path("id");
        given().header(Tokens.authorization("alice")).contentType("application/json").header("If-Match", "\"0\"")
                .body(factIn(source, 1502)).when().put("/api/v1/facts/" + moved).then().statusCode(200);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return given().header(Tokens.authorization("alice")).contentType("application/json")
                        .body(factIn(source, 1501)).when().post("/api/v1/facts").then().extract().statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertEquals(List.of(201, 409), statuses.stream().sorted().toList(), "statuses " + statuses);
    }

    /** Curation's fact body moved to another year; the value stays. */
    private static String factIn(String source, int year) {
        return Curation.factBody(source, "80", "entered for " + year).replace("2024", Integer.toString(year));
    }

    @Test
    void refusesServerOwnedAndUnknownProperties() {
        String source = Curation.newSource();
        for (String property : List.of("id", "version", "createdAt", "changedBy", "colour")) {
            String body = Curation.factBody(source, "80", "c").replaceFirst("\\{", "{\"" + property + "\": \"x\", ");
            Problems.isProblem(given().header(Tokens.authorization("alice")).contentType("application/json")
                    .body(body).when().post("/api/v1/facts").then(), 400)
                    .body("errors[0].field", equalTo(property))
                    .body("errors[0].message", equalTo("is not a property of this resource"));
        }
    }

    @Test
    void namesEveryInvalidField() {
        String body = """
                {"metric": "no.such.metric", "source": "nowhere", "value": 1, "valueText": "one", "unit": "",
                 "qualifier": "roughly", "region": "China", "period": {"start": "2025-01-01", "end": "2024-01-01", "precision": "week"},
                 "quote": "", "locator": "p. 1", "comment": ""}""";
        Problems.isProblem(given().header(Tokens.authorization("alice")).contentType("application/json")
                .body(body).when().post("/api/v1/facts").then(), 400)
                .body("errors.field", equalTo(List.of("value", "unit", "qualifier", "region", "time", "period.precision", "period",
                        "quote", "comment", "metric", "source")));
    }

    @Test
    void refusesANulInAReferencedCodeBeforeLookingItUp() {
        String source = Curation.newSource();
        String id = Curation.newFact(source, "80");
        for (String field : List.of("metric", "source")) {
            String body = Curation.factBody(source, "80", "c")
                    .replaceFirst("\"" + field + "\": \"([^\"]*)\"", "\"" + field + "\": \"$1\\\\u0000\"");
            Problems.isProblem(given().header(Tokens.authorization("alice")).contentType("application/json")
                    .body(body).when().post("/api/v1/facts").then(), 400)
                    .body("errors.field", equalTo(List.of(field)))
                    .body("errors[0].message", equalTo("must not contain the NUL character"));
            Problems.isProblem(given().header(Tokens.authorization("alice")).contentType("application/json")
                    .header("If-Match", "\"0\"").body(body).when().put("/api/v1/facts/" + id).then(), 400)
                    .body("errors.field", equalTo(List.of(field)));
        }
    }

    @Test
    void answersMalformedJsonWrongTypesAndAMissingBodyWith400() {
        for (String body : List.of("{\"metric\": ", "[1, 2]", "{\"value\": \"lots\"}", "{\"period\": {\"start\": \"soon\"}}")) {
            Problems.isProblem(given().header(Tokens.authorization("alice")).contentType("application/json")
                    .body(body).when().post("/api/v1/facts").then(), 400);
        }
        Problems.isProblem(given().header(Tokens.authorization("alice")).contentType("application/json")
                .when().post("/api/v1/facts").then(), 400)
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void answersAnUnsupportedContentTypeWith415() {
        Problems.isProblem(given().header(Tokens.authorization("alice")).contentType("text/plain")
                .body("value=1").when().post("/api/v1/facts").then(), 415);
    }

    @Test
    void answersAnOversizedBodyWith413() {
        String body = Curation.factBody(Curation.newSource(), "80", "x".repeat(1_100_000));
        Problems.isProblem(given().header(Tokens.authorization("alice")).contentType("application/json")
                .body(body).when().post("/api/v1/facts").then(), 413)
                .body("detail", startsWith("The request body of"));
    }

    @Test
    void requiresIfMatchToReplace() {
        String id = Curation.newFact(Curation.newSource(), "80");
        String source = given().get("/api/v1/facts/" + id).path("source.id");
        Problems.isProblem(given().header(Tokens.authorization("alice")).contentType("application/json")
                .body(Curation.factBody(source, "81", "fix")).when().put("/api/v1/facts/" + id).then(), 428);
        Problems.isProblem(given().header(Tokens.authorization("alice")).contentType("application/json")
                .header("If-Match", "\"7\"").body(Curation.factBody(source, "81", "fix")).when().put("/api/v1/facts/" + id).then(), 412);
        Problems.isProblem(given().header(Tokens.authorization("alice")).contentType("application/json")
                .header("If-Match", "W/\"0\"").body(Curation.factBody(source, "81", "fix")).when().put("/api/v1/facts/" + id).then(), 412);
        given().when().get("/api/v1/facts/" + id).then().body("value", Api.decimal("80")).header("ETag", startsWith("\"0."));
    }

    @Test
    void replacesAFactAndRecordsTheRevision() {
        String source = Curation.newSource();
        String id = Curation.newFact(source, "80");
        given().header(Tokens.authorization("bob")).contentType("application/json").header("If-Match", "\"0\"")
                .body(Curation.factBody(source, "80.5", "corrected from the printed table"))
                .when().put("/api/v1/facts/" + id)
                .then().statusCode(200)
                .header("ETag", startsWith("\"1."))
                .body("value", Api.decimal("80.5"))
                .body("version", equalTo(1));

        given().when().get("/api/v1/facts/" + id + "/revisions")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].action", equalTo("created"))
                .body("items[0].by", equalTo("alice"))
                .body("items[1].version", equalTo(1))
                .body("items[1].action", equalTo("updated"))
                .body("items[1].by", equalTo("bob"))
                .body("items[1].comment", equalTo("corrected from the printed table"))
                .body("items[1].changes.field", containsInAnyOrder("value", "quote"))
                .body("items[1].changes.find { it.field == 'value' }.before", Api.decimal("80"))
                .body("items[1].changes.find { it.field == 'value' }.after", Api.decimal("80.5"));
    }

    @Test
    void changesNothingWhenTheReplacementIsIdentical() {
        String source = Curation.newSource();
        String id = Curation.newFact(source, "80");
        given().header(Tokens.authorization("bob")).contentType("application/json").header("If-Match", "\"0\"")
                .body(Curation.factBody(source, "80", "entered for a test"))
                .when().put("/api/v1/facts/" + id)
                .then().statusCode(200).header("ETag", startsWith("\"0."));
        given().when().get("/api/v1/facts/" + id + "/revisions").then().body("items", hasSize(1));
    }

    @Test
    void retiresAFactWithAReasonAndKeepsItReadableById() {
        String source = Curation.newSource();
        String id = Curation.newFact(source, "80");
        Problems.isProblem(given().header(Tokens.authorization("alice")).contentType("application/json")
                .header("If-Match", "\"0\"").body("{\"reason\": \"\"}").when().post("/api/v1/facts/" + id + "/retire").then(), 400)
                .body("errors[0].field", equalTo("reason"));

        given().header(Tokens.authorization("alice")).contentType("application/json").header("If-Match", "\"0\"")
                .body("{\"reason\": \"duplicate of the ministry's figure\"}")
                .when().post("/api/v1/facts/" + id + "/retire")
                .then().statusCode(200)
                .body("status", equalTo("retired"))
                .body("retiredReason", equalTo("duplicate of the ministry's figure"))
                .header("ETag", startsWith("\"1."));

        given().queryParam("source", source).when().get("/api/v1/facts")
                .then().statusCode(200).body("totalElements", equalTo(0)).body("items.id", not(hasItem(id)));
        given().when().get("/api/v1/facts/" + id).then().statusCode(200).body("status", equalTo("retired"));
        given().when().get("/api/v1/facts/" + id + "/revisions").then().body("items[1].action", equalTo("retired"));
        Problems.isProblem(given().header(Tokens.authorization("alice")).contentType("application/json")
                .header("If-Match", "\"1\"").body("{\"reason\": \"again\"}").when().post("/api/v1/facts/" + id + "/retire").then(), 409);
    }

    @Test
    void letsExactlyOneOfTwoConcurrentUpdatesWin() throws Exception {
        String source = Curation.newSource();
        String id = Curation.newFact(source, "80");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String value : List.of("81", "82")) {
            answers.add(pool.submit(() -> {
                start.await();
                return given().header(Tokens.authorization("curator-" + value)).contentType("application/json")
                        .header("If-Match", "\"0\"").body(Curation.factBody(source, value, "concurrent " + value))
                        .when().put("/api/v1/facts/" + id).then().extract().statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertEquals(List.of(200, 412), statuses.stream().sorted().toList(), "statuses " + statuses);
        String winner = statuses.get(0) == 200 ? "81" : "82";
        given().when().get("/api/v1/facts/" + id).then().body("value", Api.decimal(winner)).body("version", equalTo(1));
        given().when().get("/api/v1/facts/" + id + "/revisions")
                .then().body("items", hasSize(2)).body("items[1].comment", equalTo("concurrent " + winner));
    }
}
