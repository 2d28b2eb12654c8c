package org.carbonmarket.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sends a request byte for byte over a socket and reads the answer: for what an HTTP client library will not
 * send (no Host, an HTTP/1.0 request line, a broken percent-escape, an oversized request line).
 */
public final class RawHttp {

    /** An answer as it came: the status line, the header lines and the body. */
    public record Answer(String statusLine, List<String> headerLines, String body) {

        /** The status code, or -1 when the connection closed without an answer. */
        public int status() {
            String[] parts = statusLine.split(" ");
            return parts.length < 2 ? -1 : Integer.parseInt(parts[1]);
        }

        /** The first value of the header, or null. */
        public String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headerLines.stream().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).strip()).findFirst().orElse(null);
        }

        /** Asserts an RFC 9457 problem of this status that shows no internals, and returns its body. */
        public JsonNode assertProblem(int expected) {
            assertEquals(expected, status(), this::toString);
            String type = header("Content-Type");
            assertTrue(type != null && type.startsWith("application/problem+json"), this::toString);
            assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains("org.carbonmarket"), body);
            try {
                JsonNode problem = new ObjectMapper().readTree(body);
                assertEquals("about:blank", problem.path("type").asText(), body);
                assertEquals(expected, problem.path("status").asInt(), body);
                return problem;
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + this, e);
            }
        }

        @Override
        public String toString() {
            return statusLine + "\n" + String.join("\n", headerLines) + "\n\n" + body;
        }
    }

    private RawHttp() {
    }

    /** Sends the request (ISO-8859-1 bytes, as HTTP/1.1 frames them) to the test server and reads the answer. */
    public static Answer send(String request) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        Answer head = head(in);
        String length = head.header("Content-Length");
        byte[] body = length == null ? in.readAllBytes() : in.readNBytes(Integer.parseInt(length));
        return new Answer(head.statusLine(), head.headerLines(), new String(body, StandardCharsets.UTF_8));
    }

    /** Reads an answer's status line and headers, leaving its body in the stream. */
    public static Answer head(InputStream in) throws IOException {
        String statusLine = line(in);
        List<String> headers = new ArrayList<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            headers.add(line);
        }
        return new Answer(statusLine, headers, "");
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                break;
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
