package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.carbonmarket.testsupport.Api;
import org.carbonmarket.testsupport.Curation;
import org.carbonmarket.testsupport.Problems;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A single resource's JSON body means one thing only: one JSON value of well-formed UTF-8 and Unicode, each
 * property given once. Anything else is a 400 that names what is wrong, before any of it is stored.
 */
@QuarkusTest
class StrictJsonBodiesTest {

    /** Every write that takes a single resource's JSON body; each has a text property {@code key} of value "c". */
    enum Write {
        CREATE_FACT("POST", "comment"), REPLACE_FACT("PUT", "comment"), RETIRE_FACT("POST", "reason"),
        CREATE_METRIC("POST", "comment"), REPLACE_METRIC("PUT", "comment"), RETIRE_METRIC("POST", "reason"),
        CREATE_SOURCE("POST", "comment"), REPLACE_SOURCE("PUT", "comment"), RETIRE_SOURCE("POST", "reason");

        final String method;
        final String key;

        Write(String method, String key) {
            this.method = method;
            this.key = key;
        }
    }

    private record Target(String path, String body) {
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void acceptsTheCleanBody(Write write) {
        Target target = prepare(write);
        send(write, target.path(), target.body().getBytes(StandardCharsets.UTF_8)).statusCode(lessThan(300));
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void refusesContentAfterTheJsonValue(Write write) {
        Target target = prepare(write);
        for (String trailing : new String[] {" xyz", " {}", "}"}) {
            Problems.isProblem(send(write, target.path(), (target.body() + trailing).getBytes(StandardCharsets.UTF_8)), 400)
                    .body("errors[0].field", equalTo("body"))
                    .body("errors[0].message", startsWith("has more after the JSON value"));
        }
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void refusesAPropertyGivenTwice(Write write) {
        Target target = prepare(write);
        String body = target.body().replaceFirst("\\{", "{\"" + write.key + "\": \"first\", ");
        Problems.isProblem(send(write, target.path(), body.getBytes(StandardCharsets.UTF_8)), 400)
                .body("errors[0].field", equalTo(write.key))
                .body("errors[0].message", equalTo("is given twice"));
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void refusesALoneSurrogate(Write write) {
        Target target = prepare(write);
        String body = target.body().replace("\"" + write.key + "\": \"c\"", "\"" + write.key + "\": \"c\\ud800\"");
        Problems.isProblem(send(write, target.path(), body.getBytes(StandardCharsets.UTF_8)), 400)
                .body("errors[0].field", equalTo(write.key))
                .body("errors[0].message", equalTo("must not contain a lone surrogate (half of a UTF-16 pair, such as \\ud800)"));
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void refusesBytesThatAreNotUtf8(Write write) {
        Target target = prepare(write);
        byte[] overlongSlash = {(byte) 0xC0, (byte) 0xAF};
        byte[] encodedSurrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        for (byte[] bytes : new byte[][] {overlongSlash, encodedSurrogate}) {
            Problems.isProblem(send(write, target.path(), withinValue(target.body(), write.key, bytes)), 400)
                    .body("errors[0].field", equalTo("body"))
                    .body("errors[0].message", startsWith("is not valid UTF-8"));
        }
    }

    private static ValidatableResponse send(Write write, String path, byte[] body) {
        var request = given().config(Api.exactBodies()).header(Tokens.authorization("alice"))
                .contentType("application/json").header("If-Match", "*").body(body).when();
        return (write.method.equals("PUT") ? request.put(path) : request.post(path)).then();
    }

    /** The body with these bytes placed inside the value "c" of the property. */
    private static byte[] withinValue(String body, String key, byte[] bytes) {
        String property = "\"" + key + "\": \"c";
        int at = body.indexOf(property) + property.length();
        var out = new ByteArrayOutputStream();
        out.writeBytes(body.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(body.substring(at).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static Target prepare(Write write) {
        String source = Curation.newSource();
        String metric = "test.strict-" + UUID.randomUUID().toString().substring(0, 8);
        String metricBody = """
                {"code": "%s", "name": "Strict", "description": "A metric of a test.", "topic": "carbon-market",
                 "unit": "t", "kind": "quantity", "comment": "c"}""".formatted(metric);
        String sourceBody = """
                {"id": "%s", "title": "A test report", "publisher": "Test Bureau",
                 "published": {"on": "2025-03-01", "precision": "day"}, "language": "en", "comment": "c"}""";
        String retire = "{\"reason\": \"c\"}";
        return switch (write) {
            case CREATE_FACT -> new Target("/api/v1/facts", Curation.factBody(source, "80", "c"));
            case REPLACE_FACT -> new Target("/api/v1/facts/" + Curation.newFact(source, "80"), Curation.factBody(source, "81", "c"));
            case RETIRE_FACT -> new Target("/api/v1/facts/" + Curation.newFact(source, "80") + "/retire", retire);
            case CREATE_METRIC -> new Target("/api/v1/metrics", metricBody);
            case REPLACE_METRIC -> new Target("/api/v1/metrics/" + created("/api/v1/metrics", metricBody, metric), metricBody.replace("Strict", "Stricter"));
            case RETIRE_METRIC -> new Target("/api/v1/metrics/" + created("/api/v1/metrics", metricBody, metric) + "/retire", retire);
            case CREATE_SOURCE -> new Target("/api/v1/sources", sourceBody.formatted(source + "-new"));
            case REPLACE_SOURCE -> new Target("/api/v1/sources/" + source, sourceBody.formatted(source).replace("A test report", "Retitled"));
            case RETIRE_SOURCE -> new Target("/api/v1/sources/" + source + "/retire", retire);
        };
    }

    private static String created(String collection, String body, String id) {
        given().header(Tokens.authorization("alice")).contentType("application/json").body(body)
                .when().post(collection).then().statusCode(201);
        return id;
    }
}
