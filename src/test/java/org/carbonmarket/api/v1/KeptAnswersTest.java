package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.carbonmarket.testsupport.Metrics;
import org.junit.jupiter.api.Test;

/** Kept answers are bounded by bytes and keyed on the normalized request, whatever variety clients send. */
@QuarkusTest
@TestProfile(KeptAnswersTest.SmallCache.class)
class KeptAnswersTest {

    static final long BOUND = 1 << 20;

    public static class SmallCache implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("carbonmarket.cache.max-bytes", Long.toString(BOUND));
        }
    }

    @Test
    void staysWithinItsBoundUnderHostileVariety() {
        for (int i = 0; i < 120; i++) {
            given().queryParam("size", 41 + i % 60).queryParam("page", 1 + i / 60).queryParam("junk" + i, "x".repeat(500))
                    .header("Accept", i % 2 == 0 ? "application/json" : "Application/JSON ")
                    .when().get("/api/v1/facts").then().statusCode(200);
        }
        long bytes = gauge("carbonmarket_kept_answers_bytes");
        assertTrue(bytes > 0, "answers are kept");
        assertTrue(bytes <= BOUND, bytes + " bytes kept, more than the bound of " + BOUND);
    }

    @Test
    void ignoresParametersThatNoReadTakes() {
        String first = given().queryParam("size", 7).queryParam("utm_source", "a").when().get("/api/v1/metrics")
                .then().statusCode(200).header("Link", not(containsString("utm_source"))).extract().header("ETag");
        long kept = gauge("carbonmarket_kept_answers");
        String second = given().queryParam("utm_source", "b").queryParam("size", 7).when().get("/api/v1/metrics")
                .then().statusCode(200).header("Link", not(containsString("utm_source"))).extract().header("ETag");
        assertEquals(first, second, "the same answer");
        assertEquals(kept, gauge("carbonmarket_kept_answers"), "kept once");
        given().queryParam("size", 7).queryParam("page", 2).when().get("/api/v1/metrics").then().statusCode(200)
                .header("Link", containsString("size=7"));
    }

    private static long gauge(String name) {
        return (long) Metrics.value(name).orElseThrow(() -> new AssertionError(name + " is exported"));
    }
}
