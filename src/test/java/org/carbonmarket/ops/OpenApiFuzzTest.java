package org.carbonmarket.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Reads the OpenAPI document and sends every operation thousands of requests with random and boundary
 * values in every parameter and body: none may fail with a 5xx, and every error must be problem+json
 * without internals. Half of the reads ask for a past instant, so that as-of and current reads interleave
 * on the same pooled connections, as they do in production. The seed is printed, so that a failure can be
 * replayed.
 */
@QuarkusTest
class OpenApiFuzzTest {

    private static final int REQUESTS_PER_OPERATION = 120;
    private static final int INTERLEAVED_ROUNDS = 30;
    private static final List<String> HOSTILE = List.of(
            "", " ", "0", "-1", "1", "2147483647", "2147483648", "-2147483649", "9223372036854775808", "1e309", "-0", "NaN",
            "Infinity", "null", "true", "[]", "{}", "' OR '1'='1", "'; DROP TABLE fact; --", "\" OR \"\"=\"", "<script>alert(1)</script>",
            "../../etc/passwd", "%", "%25", "\\", "\t", "\n", "😀", "碳市场", "Ω≈ç√", "a".repeat(300), "x".repeat(1500),
            "2020-02-30", "9999-99-99", "0000-00-00", "2026-11-30T09:00:00Z", "2026-13-45T99:99:99Z", "-period", "relevance",
            "CN", "CN-BJ", "cn", "km²", "Gt", "t", "mu", "ets.price.close-year-end", "mee-qiushi-ecological-civilization",
            "49180144-1ba0-3797-ba31-a37e5193bde3", "00000000-0000-0000-0000-000000000000", "cn-ets", "carbon-market",
            "*", "\"0\"", "W/\"0\"", "1.5", "1,5", "0x10", "+1", "１２",
            "0000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z",
            "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999Z", "\u0000", "a\u0000b");
    /** Instants before the data existed, while the shipped data stood, and in the future. */
    private static final List<String> PAST = List.of("2000-01-01T00:00:00Z", Instant.now().minusSeconds(1).toString(),
            Instant.now().plusSeconds(3600).toString());
    private static final List<String> BODIES = List.of(
            "", "{", "[]", "null", "123", "\"text\"", "{}", "{\"value\": 1e999999}", "{\"value\": \"NaN\"}",
            "{\"metric\": null, \"source\": 5, \"period\": []}", "{\"id\": \"x\", \"comment\": \"c\"}",
            "{\"reason\": \"" + "r".repeat(3000) + "\"}", "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}",
            "metric,source\r\nx,y\r\n", "{\"quote\": \"\\u0000\", \"comment\": \"\\u0000\"}");

    @Test
    void answersEveryRandomRequestWithoutAServerError() {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.println("fuzz seed: " + seed);
        Random random = new Random(seed);
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        int sent = 0;
        List<String> failures = new ArrayList<>();
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                String method = operation.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
                    String described = method + " " + path.getKey();
                    Response response = send(random, method, path.getKey(), operation.getValue());
                    sent++;
                    check(described, response, failures);
                }
            }
        }
        sent += interleaveCurrentAndAsOfReads(paths, failures);
        System.out.println("fuzz requests: " + sent);
        assertTrue(sent >= 3000, "sent " + sent);
        assertEquals(List.of(), failures.stream().limit(20).toList());
    }

    /**
     * Every read that takes asOf, with ids that exist, alternately now and at distinct past instants (so that no
     * kept answer serves them): more times than the JDBC driver needs to prepare a statement on a connection.
     */
    private static int interleaveCurrentAndAsOfReads(Map<String, Map<String, Map<String, Object>>> paths, List<String> failures) {
        int sent = 0;
        Instant past = Instant.now();
        for (var path : paths.entrySet()) {
            Map<String, Object> get = path.getValue().get("get");
            if (get == null || !takesQuery(get, "asOf")) {
                continue; // a snapshot's instant is its address, a path parameter
            }
            String target = path.getKey().replace("/facts/{id}", "/facts/49180144-1ba0-3797-ba31-a37e5193bde3")
                    .replace("/sources/{id}", "/sources/mee-qiushi-ecological-civilization")
                    .replace("/markets/{id}", "/markets/cn-ets").replace("{code}", "ets.price.close-year-end")
                    .replace("{id}", "00000000-0000-0000-0000-000000000000");
            for (int round = 0; round < INTERLEAVED_ROUNDS; round++) {
                boolean paged = takesQuery(get, "size");
                var current = given();
                if (paged) {
                    current.queryParam("size", 1 + round);
                }
                check("GET " + target, current.when().get(target), failures);
                check("GET " + target + "?asOf", given().queryParam("asOf", past.minusMillis(round).toString()).when().get(target), failures);
                sent += 2;
            }
        }
        return sent;
    }

    @SuppressWarnings("unchecked")
    private static boolean takesQuery(Map<String, Object> operation, String name) {
        return ((List<Map<String, Object>>) operation.getOrDefault("parameters", List.of())).stream()
                .anyMatch(parameter -> name.equals(parameter.get("name")) && "query".equals(parameter.get("in")));
    }

    @SuppressWarnings("unchecked")
    private static Response send(Random random, String method, String template, Map<String, Object> operation) {
        RequestSpecification request = given().config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                .defaultContentCharset(StandardCharsets.UTF_8).appendDefaultContentCharsetToContentTypeIfUndefined(false)));
        String path = template;
        for (Map<String, Object> parameter : (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of())) {
            String name = (String) parameter.get("name");
            String value = pick(random);
            switch ((String) parameter.get("in")) {
                case "path" -> path = path.replace("{" + name + "}", value.isEmpty() ? "x" : encodePath(value));
                case "query" -> {
                    if (random.nextInt(3) > 0) {
                        request.queryParam(name, value);
                    }
                }
                case "header" -> {
                    if (random.nextBoolean()) {
                        request.header(name, value.replaceAll("[\\r\\n\\t]", " "));
                    }
                }
                default -> { }
            }
        }
        if (method.equals("GET") && random.nextBoolean()) {
            request.queryParam("asOf", PAST.get(random.nextInt(PAST.size())));
        }
        if (random.nextBoolean()) {
            request.header(random.nextBoolean() ? Tokens.authorization("fuzzer") : Tokens.bearing(pick(random).replaceAll("\\s", "")));
        }
        if (random.nextInt(5) == 0) {
            request.header("Accept", List.of("text/csv", "application/xml", "*/*", "application/json;q=0", "text/*").get(random.nextInt(5)));
        }
        if (random.nextInt(5) == 0) {
            request.header("Accept-Language", List.of("zh-CN", "zh-TW", "*", "xx-YY;q=abc", "").get(random.nextInt(5)));
        }
        if (method.equals("POST") || method.equals("PUT")) {
            request.contentType(List.of("application/json", "text/csv", "text/plain", "application/xml").get(random.nextInt(4)));
            request.body(BODIES.get(random.nextInt(BODIES.size())));
        }
        return request.urlEncodingEnabled(true).request(method, path.replace("{", "").replace("}", ""));
    }

    private static String pick(Random random) {
        return random.nextInt(4) == 0 ? randomText(random) : HOSTILE.get(random.nextInt(HOSTILE.size()));
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(random.nextBoolean() ? 0x20 + random.nextInt(0x5f) : 0xa0 + random.nextInt(0x3000));
        }
        return text.toString();
    }

    private static String encodePath(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void check(String described, Response response, List<String> failures) {
        int status = response.statusCode();
        String whole = response.asString();
        String body = whole.length() > 300 ? whole.substring(0, 300) + "..." : whole;
        if (status >= 500) {
            failures.add(described + " -> " + status + " " + body);
        } else if (status >= 400) {
            String type = response.contentType();
            if (type == null || !type.startsWith("application/problem+json") || !body.contains("\"status\":" + status)) {
                failures.add(described + " -> " + status + " not problem+json: " + type + " " + body);
            }
        }
        if (whole.contains("Exception") || whole.contains("\tat org.") || whole.contains("org.carbonmarket.")) {
            failures.add(described + " -> " + status + " shows internals: " + body);
        }
    }
}
