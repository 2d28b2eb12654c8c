package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.util.UUID;
import org.carbonmarket.testsupport.Curation;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A write answers the resource with the ETag that a GET of it answers for the same version, so a client can
 * revalidate or change it again with the tag it was given; Content-Location names the resource the tag is of.
 */
@QuarkusTest
class WriteETagsTest {

    @Test
    void createAnswersTheETagOfAGetOfTheNewResource() {
        Response created = given().header(Tokens.authorization("alice")).contentType("application/json")
                .body(Curation.factBody(Curation.newSource(), "80", "for a test")).when().post("/api/v1/facts");
        created.then().statusCode(201).header("ETag", startsWith("\"0."))
                .header("Content-Location", created.header("Location"));

        assertEquals(etagOfGet(created.header("Location")), created.header("ETag"));
        given().header("If-None-Match", created.header("ETag")).when().get(created.header("Location")).then().statusCode(304);
    }

    @Test
    void replaceAnswersTheETagOfAGetOfTheResource() {
        String source = Curation.newSource();
        String path = "/api/v1/facts/" + Curation.newFact(source, "80");
        Response replaced = given().header(Tokens.authorization("bob")).contentType("application/json")
                .header("If-Match", etagOfGet(path)).body(Curation.factBody(source, "81", "corrected"))
                .when().put(path);
        replaced.then().statusCode(200).header("ETag", startsWith("\"1."));

        assertEquals(etagOfGet(path), replaced.header("ETag"));
        assertEquals(path, URI.create(replaced.header("Content-Location")).getPath());
    }

    @Test
    void retireAnswersTheETagOfAGetOfTheRetiredResource() {
        String path = "/api/v1/sources/" + Curation.newSource();
        Response retired = given().header(Tokens.authorization("bob")).contentType("application/json")
                .header("If-Match", etagOfGet(path)).body("{\"reason\": \"obsolete\"}").when().post(path + "/retire");
        retired.then().statusCode(200).header("ETag", startsWith("\"1."));

        assertEquals(etagOfGet(path), retired.header("ETag"));
        assertEquals(path, URI.create(retired.header("Content-Location")).getPath());
    }

    @Test
    void answersAWriteWithTheTagItWasGivenToChangeItAgain() {
        String code = "test.price-" + UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"code": "%s", "name": "Price", "description": "A metric of a test.", "topic": "carbon-market",
                 "unit": "CNY/t", "kind": "quantity", "comment": "for a test"}""".formatted(code);
        String created = given().header(Tokens.authorization("alice")).contentType("application/json").body(body)
                .when().post("/api/v1/metrics").then().statusCode(201).extract().header("ETag");
        given().header(Tokens.authorization("alice")).contentType("application/json").header("If-Match", created)
                .body(body.replace("\"Price\"", "\"Closing price\"")).when().put("/api/v1/metrics/" + code)
                .then().statusCode(200).header("ETag", startsWith("\"1."));
    }

    private static String etagOfGet(String path) {
        return given().when().get(path).then().statusCode(200).extract().header("ETag");
    }
}
