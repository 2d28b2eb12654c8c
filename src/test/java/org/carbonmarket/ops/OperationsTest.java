package org.carbonmarket.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.carbonmarket.testsupport.Problems;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Health, metrics, request ids, security headers, CORS and rate-limit headers. */
@QuarkusTest
class OperationsTest {

    @Test
    void reportsLivenessAndReadinessWithMigrations() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database migrations"))
                .body("checks.find { it.name == 'Database migrations' }.data.pending", equalTo(0));
    }

    @Test
    void exportsHttpPoolAndBusinessMetrics() {
        given().when().get("/api/v1/topics").then().statusCode(200);
        given().header(Tokens.authorization("metrics")).contentType("application/json")
                .body("""
                        {"id": "metrics-%s", "title": "T", "publisher": "P", "published": {"on": null, "precision": "unknown"},
                         "language": "en", "comment": "c"}""".formatted(UUID.randomUUID().toString().substring(0, 8)))
                .when().post("/api/v1/sources").then().statusCode(201);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/v1/topics\"}"))
                .body(containsString("agroal_active_count"))
                .body(containsString("carbonmarket_writes_total{action=\"create\",entity=\"source\"}"));
    }

    @Test
    void echoesOrGivesARequestId() {
        given().header("X-Request-Id", "client-42").when().get("/api/v1/topics").then().header("X-Request-Id", "client-42");
        given().when().get("/api/v1/topics").then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-Id", "no spaces\"allowed").when().get("/api/v1/topics")
                .then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/facts", "/api/v1/nowhere", "/q/swagger-ui/", "/q/openapi"})
    void setsSecurityHeadersEverywhere(String path) {
        given().when().get(path).then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void keepsTheExplorerToTheServicesOwnScriptsAndStyles() {
        var policies = given().when().get("/").then().statusCode(200).extract().headers().getValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies.toString());
        assertTrue(policies.get(0).contains("script-src 'self';") && policies.get(0).contains("connect-src 'self';"), policies.get(0));
        assertFalse(policies.get(0).contains("unsafe"), policies.get(0));
        var swaggerUi = given().when().get("/q/swagger-ui/").then().extract().headers().getValues("Content-Security-Policy");
        assertEquals(List.of("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"), swaggerUi);
    }

    @Test
    void letsAnyOriginReadWithoutCredentials() {
        given().header("Origin", "https://dashboard.example").when().get("/api/v1/topics")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", notNullValue())
                .header("Access-Control-Allow-Credentials", org.hamcrest.Matchers.anyOf(nullValue(), equalTo("false")))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        given().header("Origin", "https://dashboard.example").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/facts")
                .then().statusCode(200).header("Access-Control-Allow-Methods", containsString("GET"));
    }

    /** The same answer for every origin, so that a shared cache can keep one copy and never leaks an origin. */
    @ParameterizedTest
    @ValueSource(strings = {"https://dashboard.example", "a, b", "null"})
    void answersEveryOriginWithTheWildcard(String origin) {
        for (String value : new String[] {origin, "https://" + "x".repeat(3000) + ".example"}) {
            given().header("Origin", value).when().get("/api/v1/topics")
                    .then().statusCode(200).header("Access-Control-Allow-Origin", "*");
            given().header("Origin", value).header("Access-Control-Request-Method", "GET").when().options("/api/v1/facts")
                    .then().header("Access-Control-Allow-Origin", "*");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST /api/v1/facts", "PUT /api/v1/facts/49180144-1ba0-3797-ba31-a37e5193bde3",
            "DELETE /api/v1/topics", "POST /api/v1/imports"})
    void refusesACrossOriginWriteWithAProblem(String request) {
        String[] methodAndPath = request.split(" ");
        Problems.isProblem(given().header("Origin", "https://evil.example").header(Tokens.authorization("alice"))
                .contentType("application/json").body("{}")
                .when().request(methodAndPath[0], methodAndPath[1]).then(), 403)
                .body("title", equalTo("Forbidden"))
                .body("detail", containsString(methodAndPath[0]))
                .body("instance", equalTo(methodAndPath[1]));
    }

    @Test
    void saysHowManyReadsAClientHasLeft() {
        given().when().get("/api/v1/topics").then()
                .header("RateLimit-Limit", notNullValue())
                .header("RateLimit-Remaining", notNullValue())
                .header("RateLimit-Reset", notNullValue());
    }
}
