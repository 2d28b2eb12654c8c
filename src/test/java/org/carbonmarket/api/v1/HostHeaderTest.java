package org.carbonmarket.api.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.carbonmarket.testsupport.RawHttp;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HTTP/1.0 allows a request without Host (load balancers probe so): it is served, with links naming the address it
 * came in on (RFC 9112, 3.3). HTTP/1.1 requires Host, and an invalid or repeated Host is refused: 400 problems. None
 * of this is a server error, so nothing is logged as one.
 */
@QuarkusTest
class HostHeaderTest {

    private final List<LogRecord> errors = new ArrayList<>();
    private final Handler collector = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue() || record.getThrown() != null) {
                synchronized (errors) {
                    errors.add(record);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void collectErrors() {
        Logger.getLogger("").addHandler(collector);
    }

    @AfterEach
    void logsNoError() {
        Logger.getLogger("").removeHandler(collector);
        synchronized (errors) {
            assertEquals(List.of(), errors.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()).toList());
        }
    }

    private static String authority() {
        return "(127\\.0\\.0\\.1|\\[::1\\]|\\[0:0:0:0:0:0:0:1\\]):" + RestAssured.port;
    }

    @Test
    void servesAListWithoutHostOverHttp10() {
        var answer = RawHttp.send("GET /api/v1/topics?size=2&page=2 HTTP/1.0\r\n\r\n");
        assertEquals(200, answer.status(), answer::toString);
        assertTrue(answer.header("Content-Type").startsWith("application/json"), answer::toString);
        assertTrue(answer.body().contains("\"page\":2"), answer::toString);
        assertTrue(answer.header("Link").matches("<http://" + authority() + "/api/v1/topics\\?size=2&page=1>; rel=\"first\", .*"),
                answer.header("Link"));
        assertTrue(answer.header("ETag") != null, answer::toString);
    }

    @Test
    void servesASingleResourceWithoutHostOverHttp10() {
        var answer = RawHttp.send("GET /api/v1/facts/49180144-1ba0-3797-ba31-a37e5193bde3 HTTP/1.0\r\n\r\n");
        assertEquals(200, answer.status(), answer::toString);
        assertTrue(answer.body().contains("\"id\":\"49180144-1ba0-3797-ba31-a37e5193bde3\""), answer::toString);
    }

    @Test
    void namesTheCreatedResourceWithoutHostOverHttp10() {
        String id = "test-" + UUID.randomUUID().toString().substring(0, 13);
        String body = """
                {"id": "%s", "title": "A test report", "publisher": "Test Bureau",
                 "published": {"on": "2025-03-01", "precision": "day"}, "language": "en", "comment": "hostless"}"""
                .formatted(id);
        var answer = RawHttp.send("POST /api/v1/sources HTTP/1.0\r\nAuthorization: " + Tokens.bearer("alice")
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
        assertEquals(201, answer.status(), answer::toString);
        assertTrue(answer.header("Location").matches("http://" + authority() + "/api/v1/sources/" + id), answer.header("Location"));
    }

    @Test
    void answersProblemsWithoutHostOverHttp10() {
        RawHttp.send("GET /api/v1/metrics/no.such.metric HTTP/1.0\r\n\r\n").assertProblem(404);
    }

    @Test
    void refusesHttp11WithoutHost() {
        var problem = RawHttp.send("GET /api/v1/topics HTTP/1.1\r\nConnection: close\r\n\r\n").assertProblem(400);
        assertEquals("/api/v1/topics", problem.path("instance").asText());
        assertTrue(problem.path("detail").asText().contains("Host"), problem::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "x@y", "x:y:z", "[::1"})
    void refusesAnInvalidHost(String host) {
        RawHttp.send("GET /api/v1/topics HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").assertProblem(400);
        RawHttp.send("GET /api/v1/topics HTTP/1.0\r\nHost: " + host + "\r\n\r\n").assertProblem(400);
    }

    @Test
    void refusesTwoHosts() {
        RawHttp.send("GET /api/v1/topics HTTP/1.1\r\nHost: localhost\r\nHost: elsewhere.example\r\nConnection: close\r\n\r\n")
                .assertProblem(400);
    }
}
