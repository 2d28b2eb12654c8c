package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.carbonmarket.testsupport.Curation;
import org.carbonmarket.testsupport.Problems;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Curators create, replace and retire sources and metrics; retiring what facts still use is refused. */
@QuarkusTest
class CatalogueCurationTest {

    private static String metricBody(String code, String name) {
        return """
                {"code": "%s", "name": "%s", "description": "A metric of a test.", "topic": "carbon-market",
                 "unit": "CNY/t", "kind": "quantity", "comment": "for a test"}""".formatted(code, name);
    }

    @Test
    void createsReplacesAndRetiresAMetric() {
        String code = "test.price-" + UUID.randomUUID().toString().substring(0, 8);
        given().header(Tokens.authorization("alice")).contentType("application/json").body(metricBody(code, "Price"))
                .when().post("/api/v1/metrics")
                .then().statusCode(201).header("Location", endsWith("/api/v1/metrics/" + code)).header("ETag", startsWith("\"0."));
        Problems.isProblem(given().header(Tokens.authorization("alice")).contentType("application/json")
                .body(metricBody(code, "Price")).when().post("/api/v1/metrics").then(), 409);

        given().header(Tokens.authorization("bob")).contentType("application/json").header("If-Match", "\"0\"")
                .body(metricBody(code, "Closing price")).when().put("/api/v1/metrics/" + code)
                .then().statusCode(200).body("name", equalTo("Closing price")).header("ETag", startsWith("\"1."));
        given().when().get("/api/v1/metrics/" + code + "/revisions")
                .then().statusCode(200)
                .body("items[1].changes[0].field", equalTo("name"))
                .body("items[1].changes[0].before", equalTo("Price"))
                .body("items[1].changes[0].after", equalTo("Closing price"));

        given().header(Tokens.authorization("bob")).contentType("application/json").header("If-Match", "\"1\"")
                .body("{\"reason\": \"never used\"}").when().post("/api/v1/metrics/" + code + "/retire")
                .then().statusCode(200).body("status", equalTo("retired"));
        given().queryParam("size", 100).when().get("/api/v1/metrics").then().body("items.code", not(hasItem(code)));
        given().when().get("/api/v1/metrics/" + code).then().statusCode(200).body("status", equalTo("retired"));
    }

    @Test
    void refusesANulInAMetricsTopicBeforeLookingItUp() {
        String code = "test.price-" + UUID.randomUUID().toString().substring(0, 8);
        String body = metricBody(code, "Price").replace("\"carbon-market\"", "\"carbon-market\\u0000\"");
        Problems.isProblem(given().header(Tokens.authorization("alice")).contentType("application/json")
                .body(body).when().post("/api/v1/metrics").then(), 400)
                .body("errors.field", equalTo(java.util.List.of("topic")))
                .body("errors[0].message", equalTo("must not contain the NUL character"));
    }

    @Test
    void refusesToChangeAMetricsCode() {
        String code = "test.price-" + UUID.randomUUID().toString().substring(0, 8);
        given().header(Tokens.authorization("alice")).contentType("application/json").body(metricBody(code, "Price"))
                .when().post("/api/v1/metrics").then().statusCode(201);
        Problems.isProblem(given().header(Tokens.authorization("alice")).contentType("application/json")
                .header("If-Match", "\"0\"").body(metricBody(code + "-renamed", "Price")).when().put("/api/v1/metrics/" + code).then(), 400)
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void refusesToRetireASourceThatPublishedFactsCite() {
        String source = Curation.newSource();
        Curation.newFact(source, "80");
        Problems.isProblem(given().header(Tokens.authorization("alice")).contentType("application/json")
                .header("If-Match", "\"0\"").body("{\"reason\": \"obsolete\"}").when().post("/api/v1/sources/" + source + "/retire").then(), 409)
                .body("detail", equalTo("source '" + source + "' is still used by 1 published fact(s); retire them first"));
    }

    @Test
    void replacesASourceUnderItsVersion() {
        String source = Curation.newSource();
        String body = """
                {"id": "%s", "title": "A corrected title", "publisher": "Test Bureau",
                 "published": {"on": "2025-03-01", "precision": "day"}, "language": "en", "regions": ["CN"],
                 "comment": "title as printed"}""".formatted(source);
        Problems.isProblem(given().header(Tokens.authorization("alice")).contentType("application/json")
                .body(body).when().put("/api/v1/sources/" + source).then(), 428);
        given().header(Tokens.authorization("alice")).contentType("application/json").header("If-Match", "\"0\"")
                .body(body).when().put("/api/v1/sources/" + source)
                .then().statusCode(200).body("title", equalTo("A corrected title")).header("ETag", startsWith("\"1."));
        given().when().get("/api/v1/sources/" + source + "/revisions")
                .then().body("items[1].by", equalTo("alice")).body("items[1].comment", equalTo("title as printed"));
    }

    @Test
    void validatesASourceFieldByField() {
        String body = """
                {"id": "Not A Slug", "title": "", "publisher": "P", "published": {"on": null, "precision": "day"},
                 "language": "english", "url": "ftp://x", "regions": ["cn"], "comment": "c"}""";
        Problems.isProblem(given().header(Tokens.authorization("alice")).contentType("application/json")
                .body(body).when().post("/api/v1/sources").then(), 400)
                .body("errors.field", equalTo(java.util.List.of("id", "title", "published.on", "language", "url", "regions[0]")));
    }
}
