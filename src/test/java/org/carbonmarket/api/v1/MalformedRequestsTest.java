package org.carbonmarket.api.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.carbonmarket.testsupport.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests that no HTTP client library would send, written byte for byte: each is refused with a problem. */
@QuarkusTest
class MalformedRequestsTest {

    private static RawHttp.Answer get(String target, String... headers) {
        return RawHttp.send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + String.join("", headers) + "\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/facts?q=%ZZ", "/api/v1/facts?q=%", "/api/v1/%ZZ", "/api/v1/facts/%4", "/api/v1/facts?q=a\"b",
            "/api/v1/fa|cts", "/api/v1/facts?q={x}", "/api/v1/facts?q=a\\b"})
    void refusesATargetThatIsNotAUri(String target) {
        var problem = get(target).assertProblem(400);
        assertEquals("Bad Request", problem.path("title").asText());
    }

    @Test
    void refusesAnOverlongRequestLine() {
        var problem = get("/api/v1/facts?q=" + "a".repeat(5000)).assertProblem(414);
        assertEquals("URI Too Long", problem.path("title").asText());
    }

    @Test
    void refusesOverlargeHeaders() {
        var problem = get("/api/v1/facts", "X-Padding: " + "a".repeat(11_000) + "\r\n", "X-More: " + "b".repeat(11_000) + "\r\n")
                .assertProblem(431);
        assertEquals("Request Header Fields Too Large", problem.path("title").asText());
    }

    @Test
    void servesARequestJustWithinTheLimits() {
        assertEquals(200, get("/api/v1/topics?pad=" + "a".repeat(3_900), "X-Padding: " + "a".repeat(19_000) + "\r\n").status());
    }
}
