package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Accept-Language zh selects Simplified Chinese names and descriptions; quotes stay as their source wrote them. */
@QuarkusTest
class LanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh", "zh-Hans-CN", "fr, zh;q=0.8", "zh-CN,zh;q=0.9,en;q=0.8"})
    void servesChineseNamesOnRequest(String acceptLanguage) {
        given().header("Accept-Language", acceptLanguage).when().get("/api/v1/metrics/land.forest-coverage")
                .then().statusCode(200)
                .header("Content-Language", equalTo("zh-CN"))
                .header("Vary", containsString("Accept-Language"))
                .body("name", equalTo("森林覆盖率"))
                .body("description", equalTo("森林面积占陆地面积的比例。"));
    }

    @Test
    void servesEnglishByDefaultAndForTraditionalChinese() {
        given().when().get("/api/v1/metrics/land.forest-coverage")
                .then().header("Content-Language", equalTo("en")).body("name", equalTo("Forest coverage rate"));
        given().header("Accept-Language", "zh-TW").when().get("/api/v1/metrics/land.forest-coverage")
                .then().header("Content-Language", equalTo("en")).body("name", equalTo("Forest coverage rate"));
    }

    @Test
    void namesTopicsAndFactsMetricsInChineseButKeepsQuotes() {
        given().header("Accept-Language", "zh-CN").queryParam("size", 1).when().get("/api/v1/topics")
                .then().body("items[0].name", equalTo("大气"));
        given().header("Accept-Language", "zh-CN").when().get("/api/v1/facts/49180144-1ba0-3797-ba31-a37e5193bde3")
                .then().body("metric.name", equalTo("全国碳市场年覆盖二氧化碳排放量"))
                .body("quote", startsWith("We will improve the statistical accounting system"));
    }
}
