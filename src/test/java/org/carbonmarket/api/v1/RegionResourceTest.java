package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.carbonmarket.testsupport.Problems;
import org.junit.jupiter.api.Test;

/** The regions catalogue is served: names in both languages, pinyin, validity, predecessors and successors. */
@QuarkusTest
class RegionResourceTest {

    @Test
    void servesAFormerStateWithItsSuccessors() {
        given().when().get("/api/v1/regions/SUHH")
                .then().statusCode(200)
                .body("system", equalTo("iso3166-3"))
                .body("validFrom", equalTo("1922-12-30"))
                .body("validTo", equalTo("1991-12-26"))
                .body("successors", hasItems("RU", "UA", "BY"))
                .body("sourceNames", hasItems("USSR"));
    }

    @Test
    void namesAChineseProvinceInChineseWithItsPinyin() {
        given().header("Accept-Language", "zh-CN").when().get("/api/v1/regions/CN-BJ")
                .then().statusCode(200).body("name", equalTo("北京市")).body("pinyin", equalTo("Běijīng"));
        given().when().get("/api/v1/regions/CN-BJ").then().statusCode(200).body("name", equalTo("Beijing"));
    }

    @Test
    void listsEveryRegionOfTheCatalogue() throws IOException {
        long rows;
        try (InputStream in = getClass().getResourceAsStream("/datasets/regions/regions.csv")) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).count();
        }
        given().when().get("/api/v1/regions").then().statusCode(200).body("totalElements", equalTo((int) rows));
        Problems.isProblem(given().when().get("/api/v1/regions/QQ").then(), 404);
    }
}
