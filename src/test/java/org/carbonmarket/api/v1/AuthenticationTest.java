package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.carbonmarket.testsupport.Problems;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Writes need a valid curator token; every kind of bad token is a 401, a token without the role a 403. */
@QuarkusTest
class AuthenticationTest {

    private static final String BODY = "{\"code\": \"test.auth-probe\", \"name\": \"n\", \"description\": \"d\","
            + " \"topic\": \"air\", \"unit\": \"u\", \"kind\": \"quantity\", \"comment\": \"c\"}";

    static java.util.stream.Stream<String> badTokens() {
        return java.util.stream.Stream.of("not-a-jwt", "a.b.c", Tokens.expired(), Tokens.unsigned(), Tokens.signedByAnotherKey(),
                Tokens.wrongIssuer(), Tokens.wrongAudience());
    }

    private static RequestSpecification write() {
        return given().contentType("application/json").body(BODY);
    }

    @Test
    void refusesAWriteWithoutToken() {
        Problems.isProblem(write().when().post("/api/v1/metrics").then(), 401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("title", equalTo("Unauthorized"));
    }

    @ParameterizedTest
    @MethodSource("badTokens")
    void refusesAWriteWithABadToken(String token) {
        Problems.isProblem(write().header(Tokens.bearing(token)).when().post("/api/v1/metrics").then(), 401);
    }

    @Test
    void refusesAWriteWithoutTheCuratorRole() {
        Problems.isProblem(write().header(Tokens.bearing(Tokens.withoutCuratorRole()))
                .when().post("/api/v1/metrics").then(), 403)
                .body("title", equalTo("Forbidden"));
    }

    @Test
    void letsReadsThroughWithoutTokenAndDespiteABadOne() {
        given().when().get("/api/v1/metrics").then().statusCode(200);
        given().header(Tokens.bearing(Tokens.expired())).when().get("/api/v1/metrics").then().statusCode(200);
    }

    @Test
    void acceptsACuratorToken() {
        write().header(Tokens.authorization("alice")).body(BODY.replace("auth-probe", "auth-probe-" + System.nanoTime()))
                .when().post("/api/v1/metrics").then().statusCode(201);
    }
}
