package org.carbonmarket.api.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.carbonmarket.testsupport.LogCapture;
import org.junit.jupiter.api.Test;

/** An unexpected failure answers a bare 500 problem and is logged without letting the request write log lines. */
@QuarkusTest
class UnexpectedFailureTest {

    @Test
    void logsTheRequestPathWithoutItsLineBreaks() {
        try (var log = LogCapture.of(ProblemMappers.class)) {
            given().urlEncodingEnabled(false).when().get("/test-only/failure/x%0D%0A2026-12-01%20ERROR%20forged").then()
                    .statusCode(500).contentType("application/problem+json")
                    .body("status", equalTo(500))
                    .body("detail", not(containsString("bug")));
            assertTrue(log.messages().stream().anyMatch(line -> line.contains("Unexpected failure of /test-only/failure/x%0D%0A")),
                    () -> log.messages().toString());
            assertFalse(log.messages().stream().anyMatch(line -> line.contains("\n") || line.contains("\r")), () -> log.messages().toString());
        }
    }
}
