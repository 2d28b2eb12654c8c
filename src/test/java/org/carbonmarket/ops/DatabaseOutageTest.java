package org.carbonmarket.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.Header;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.UUID;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Takes the service's own PostgreSQL down and up again: meanwhile every request is a quick 503 problem,
 * readiness is DOWN and liveness UP; afterwards the service recovers by itself and no acknowledged write
 * is lost.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnDatabase.class)
@QuarkusTestResource(value = PrivatePostgres.class, restrictToAnnotatedClass = true)
class DatabaseOutageTest {

    public static class OwnDatabase implements QuarkusTestProfile {
    }

    private static final Header CURATOR = Tokens.authorization("outage-test");

    @Test
    void answers503WhileTheDatabaseIsDownAndRecoversByItself() throws Exception {
        String acknowledged = createSource();
        given().when().get("/q/health/ready").then().statusCode(200);

        PrivatePostgres.stopServer();
        try {
            long started = System.nanoTime();
            Response read = given().when().get("/api/v1/facts");
            Duration readLatency = Duration.ofNanos(System.nanoTime() - started);
            read.then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5")
                    .body("status", equalTo(503));
            assertTrue(readLatency.toMillis() < 5000, "503 took " + readLatency.toMillis() + " ms");

            started = System.nanoTime();
            given().header(CURATOR).contentType("application/json").body(sourceBody("lost-" + UUID.randomUUID()))
                    .when().post("/api/v1/sources").then().statusCode(503).contentType("application/problem+json");
            Duration writeLatency = Duration.ofNanos(System.nanoTime() - started);

            given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
            System.out.printf("outage: read 503 in %d ms, write 503 in %d ms%n", readLatency.toMillis(), writeLatency.toMillis());
        } finally {
            PrivatePostgres.startServer();
        }

        long back = System.nanoTime();
        int status = 0;
        while (status != 200 && System.nanoTime() - back < Duration.ofSeconds(30).toNanos()) {
            status = given().when().get("/api/v1/sources/" + acknowledged).then().extract().statusCode();
            if (status != 200) {
                Thread.sleep(100);
            }
        }
        Duration recovery = Duration.ofNanos(System.nanoTime() - back);
        System.out.printf("outage: recovered %d ms after the database came back%n", recovery.toMillis());
        assertTrue(status == 200 && recovery.toSeconds() < 15, "recovered with " + status + " after " + recovery.toMillis() + " ms");
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/api/v1/sources/" + acknowledged).then().statusCode(200).body("id", equalTo(acknowledged));
        createSource();
    }

    private static String createSource() {
        String id = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        given().header(CURATOR).contentType("application/json").body(sourceBody(id))
                .when().post("/api/v1/sources").then().statusCode(201);
        return id;
    }

    private static String sourceBody(String id) {
        return """
                {"id": "%s", "title": "Outage test", "publisher": "Test Bureau",
                 "published": {"on": "2025-01-01", "precision": "day"}, "language": "en", "comment": "outage test"}"""
                .formatted(id.length() > 100 ? id.substring(0, 100) : id);
    }
}
