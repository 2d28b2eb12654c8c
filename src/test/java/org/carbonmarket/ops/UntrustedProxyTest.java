package org.carbonmarket.ops;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.carbonmarket.testsupport.RateLimits;
import org.junit.jupiter.api.Test;

/** With forwarded headers on but this host not among the trusted proxies, a forged X-Forwarded-For changes nothing. */
@QuarkusTest
@TestProfile(UntrustedProxyTest.OtherProxy.class)
class UntrustedProxyTest {

    public static class OtherProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("carbonmarket.rate-limit.requests", "3", "carbonmarket.rate-limit.window", RateLimits.WINDOW,
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.allow-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "192.0.2.10");
        }
    }

    @Test
    void ignoresForwardedHeadersFromAnUntrustedPeer() {
        for (int i = 1; i <= 3; i++) {
            given().header("X-Forwarded-For", "198.51.100." + i).when().get("/api/v1/topics").then().statusCode(200);
        }
        given().header("X-Forwarded-For", "198.51.100.4").when().get("/api/v1/topics").then().statusCode(429);
        given().header("Forwarded", "for=198.51.100.5").when().get("/api/v1/topics").then().statusCode(429);
        given().header("X-Forwarded-For", "garbage").when().get("/api/v1/topics").then().statusCode(429)
                .contentType("application/problem+json");
    }
}
