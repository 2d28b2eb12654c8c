package org.carbonmarket.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.carbonmarket.testsupport.RateLimits;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Past its limit a client gets 429 with Retry-After, however it spells the path or whatever it puts in
 * Authorization; only a verified curator's token is not limited. The test runs behind a trusted proxy (this
 * host), so each test is a client of its own, by the address the proxy forwards.
 */
@QuarkusTest
@TestProfile(RateLimitTest.Tight.class)
class RateLimitTest {

    /** Three requests per window, in a window that no test's requests straddle. */
    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("carbonmarket.rate-limit.requests", "3", "carbonmarket.rate-limit.window", RateLimits.WINDOW,
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TestHTTPResource("/")
    URL root;

    @Test
    void answers429PastTheLimit() {
        String client = newClient();
        for (int remaining = 2; remaining >= 0; remaining--) {
            given().header("X-Forwarded-For", client).when().get("/api/v1/topics").then().statusCode(200)
                    .header("RateLimit-Limit", "3").header("RateLimit-Remaining", Integer.toString(remaining));
        }
        given().header("X-Forwarded-For", client).when().get("/api/v1/topics").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(429))
                .body("title", equalTo("Too Many Requests"));
        given().header("X-Forwarded-For", client).when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void neverLimitsAVerifiedCurator() {
        String client = newClient();
        exhaust(client);
        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", client).header(Tokens.authorization("curator"))
                    .when().get("/api/v1/topics").then().statusCode(200).header("RateLimit-Limit", nullValue());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "", "Bearer", "Bearer garbage", "Basic YWxpY2U6c2VjcmV0", "bearer eyJhbGciOiJub25lIn0.e30."})
    void countsAnAuthorizationHeaderThatIsNoCuratorsToken(String authorization) {
        String client = newClient();
        exhaust(client);
        given().header("X-Forwarded-For", client).header("Authorization", authorization)
                .when().get("/api/v1/topics").then().statusCode(429);
    }

    @Test
    void countsTokensWithoutTheRoleOrExpired() {
        String client = newClient();
        exhaust(client);
        given().header("X-Forwarded-For", client).header(Tokens.bearing(Tokens.withoutCuratorRole()))
                .when().get("/api/v1/topics").then().statusCode(429);
        given().header("X-Forwarded-For", client).header(Tokens.bearing(Tokens.expired()))
                .when().get("/api/v1/topics").then().statusCode(429);
    }

    /** Failed authentication counts, so that guessing tokens is limited like any other request. */
    @Test
    void limitsWritesThatFailAuthentication() {
        String client = newClient();
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", client).header(Tokens.bearing("guess-" + i)).contentType("application/json")
                    .body("{}").when().post("/api/v1/sources").then().statusCode(401);
        }
        given().header("X-Forwarded-For", client).header(Tokens.bearing("guess-3")).contentType("application/json")
                .body("{}").when().post("/api/v1/sources").then().statusCode(429).header("Retry-After", notNullValue());
    }

    /** Spellings of a path that the router serves as another are counted as what it serves. */
    @ParameterizedTest
    @ValueSource(strings = {"//api/v1/topics", "/api/./v1/topics", "/%61pi/v1/topics", "/api/v1;x/topics",
            "/q/../api/v1/topics", "/q/%2e%2e/api/v1/topics", "/Q/health/live", "/nothing-here"})
    void countsEveryPathSpelling(String path) throws IOException, InterruptedException {
        String client = newClient();
        for (int i = 0; i < 3; i++) {
            raw(path, client);
        }
        assertEquals(429, raw(path, client).statusCode(), path);
    }

    @Test
    void countsAForwardedValueThatIsNoAddressAgainstTheProxy() {
        given().header("X-Forwarded-For", "garbage").when().get("/api/v1/topics").then()
                .statusCode(200).contentType("application/json");
    }

    private static String newClient() {
        return "203.0.113." + CLIENTS.incrementAndGet();
    }

    private static void exhaust(String client) {
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", client).when().get("/api/v1/topics").then().statusCode(200);
        }
    }

    /** A request with the path exactly as written, which RestAssured would normalize. */
    private HttpResponse<String> raw(String path, String client) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://" + root.getHost() + ":" + root.getPort() + path))
                .header("X-Forwarded-For", client).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
