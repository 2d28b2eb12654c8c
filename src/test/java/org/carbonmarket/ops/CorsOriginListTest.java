package org.carbonmarket.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With a list of origins, the allowed one is named and every answer says that it varies with Origin. */
@QuarkusTest
@TestProfile(CorsOriginListTest.OneOrigin.class)
class CorsOriginListTest {

    public static class OneOrigin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.origins", "https://curation.example");
        }
    }

    @Test
    void namesTheAllowedOriginAndVariesWithOrigin() {
        given().header("Origin", "https://curation.example").when().get("/api/v1/topics").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://curation.example")
                .header("Vary", containsString("Origin"))
                .header("Vary", containsString("Accept-Language"));
        given().when().get("/api/v1/topics").then().statusCode(200).header("Vary", containsString("Origin"));
    }
}
