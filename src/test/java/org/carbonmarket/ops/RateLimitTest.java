package org.carbonmarket.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.carbonmarket.api.v1.Tokens;
import org.junit.jupiter.api.Test;

/** Past its limit an anonymous client gets 429 with Retry-After; curators are not limited. */
@QuarkusTest
@TestProfile(RateLimitTest.Tight.class)
class RateLimitTest {

    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("carbonmarket.rate-limit.requests", "3", "carbonmarket.rate-limit.window", "60S");
        }
    }

    @Test
    void answers429PastTheLimit() {
        for (int remaining = 2; remaining >= 0; remaining--) {
            given().when().get("/api/v1/topics").then().statusCode(200)
                    .header("RateLimit-Limit", "3").header("RateLimit-Remaining", Integer.toString(remaining));
        }
        given().when().get("/api/v1/topics").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(429))
                .body("title", equalTo("Too Many Requests"));
        given().header("Authorization", Tokens.bearer("curator")).when().get("/api/v1/topics").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
