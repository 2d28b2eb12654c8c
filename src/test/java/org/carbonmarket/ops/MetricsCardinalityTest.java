package org.carbonmarket.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Paths nobody serves share one uri tag, so that junk cannot fill the tag limit and hide the real routes; the
 * operations endpoints answer only the methods they serve.
 */
@QuarkusTest
class MetricsCardinalityTest {

    @Test
    void recordsRealRoutesAfterManyJunkPaths() {
        for (int i = 0; i < 150; i++) {
            given().urlEncodingEnabled(false).when().get("/junk-" + i + "%00").then().statusCode(400);
            given().when().delete("/junk-" + i).then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
        }
        given().when().get("/api/v1/metrics/land.forest-coverage").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("uri=\"/api/v1/metrics/{code}\""))
                .body(not(containsString("uri=\"/junk-")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRACE", "POST", "PUT", "DELETE", "PATCH"})
    void refusesOtherMethodsOnTheOperationsEndpoints(String method) {
        for (String path : new String[] {"/q/health", "/q/health/live", "/q/metrics", "/q/openapi", "/q/swagger-ui/"}) {
            given().when().request(method, path).then().statusCode(405)
                    .contentType("application/problem+json")
                    .header("Allow", "GET, HEAD, OPTIONS");
        }
        given().when().head("/q/health/live").then().statusCode(200);
    }
}
