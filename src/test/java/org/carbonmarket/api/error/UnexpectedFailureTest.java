package org.carbonmarket.api.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An unexpected failure answers a bare 500 problem and is logged without letting the request write log lines. */
@QuarkusTest
class UnexpectedFailureTest {

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Logger log = Logger.getLogger(ProblemMappers.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        log.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(capture);
    }

    @Test
    void logsTheRequestPathWithoutItsLineBreaks() {
        given().urlEncodingEnabled(false).when().get("/test-only/failure/x%0D%0A2026-12-01%20ERROR%20forged").then()
                .statusCode(500).contentType("application/problem+json")
                .body("status", equalTo(500))
                .body("detail", not(containsString("bug")));
        assertTrue(logged.stream().anyMatch(line -> line.contains("Unexpected failure of /test-only/failure/x%0D%0A")), logged::toString);
        assertFalse(logged.stream().anyMatch(line -> line.contains("\n") || line.contains("\r")), logged::toString);
    }
}
