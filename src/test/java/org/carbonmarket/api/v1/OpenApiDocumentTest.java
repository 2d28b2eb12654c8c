package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.carbonmarket.http.QueryParameters;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes every /api/v1 operation completely enough to build a client from. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete");

    @Test
    void describesTheApi() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Carbon Market Data API"))
                .body("info.version", notNullValue())
                .body("info.description", notNullValue())
                .body("info.license.name", notNullValue());
    }

    @Test
    void documentsEveryV1OperationFully() {
        JsonPath json = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Object> openapi = json.getMap("$");
        Map<String, Map<String, Map<String, Object>>> paths = json.getMap("paths");
        List<String> documented = new ArrayList<>();
        paths.forEach((path, operations) -> {
            if (!path.startsWith("/api/v1/")) {
                return;
            }
            operations.forEach((method, operation) -> {
                if (!METHODS.contains(method)) {
                    return;
                }
                String name = method.toUpperCase() + " " + path;
                documented.add(name);
                assertNotBlank(operation.get("summary"), name + " summary");
                assertNotBlank(operation.get("description"), name + " description");
                assertFalse(((List<?>) operation.get("tags")).isEmpty(), name + " tags");
                parameters(operation).forEach(parameter -> {
                    assertNotBlank(parameter.get("description"), name + " parameter " + parameter.get("name"));
                    assertNotNull(parameter.get("schema"), name + " parameter " + parameter.get("name") + " schema");
                    if ("page".equals(parameter.get("name")) || "size".equals(parameter.get("name"))) {
                        Map<?, ?> schema = (Map<?, ?>) parameter.get("schema");
                        assertNotNull(schema.get("minimum"), name + " " + parameter.get("name") + " minimum");
                        assertNotNull(schema.get("maximum"), name + " " + parameter.get("name") + " maximum");
                    }
                });
                Map<String, Map<String, Object>> responses = responses(operation);
                assertTrue(responses.keySet().stream().anyMatch(code -> code.startsWith("2")), name + " success response");
                assertTrue(responses.containsKey("406") && responses.containsKey("500"), name + " common errors");
                responses.forEach((code, declared) -> {
                    Map<String, Object> response = resolve(openapi, declared);
                    assertNotBlank(response.get("description"), name + " " + code + " description");
                    Map<String, Map<String, Object>> content = content(response);
                    if (code.startsWith("2")) {
                        assertFalse(content.isEmpty(), name + " " + code + " content");
                        content.forEach((mediaType, body) -> {
                            assertNotNull(body.get("schema"), name + " " + code + " " + mediaType + " schema");
                            assertNotNull(body.get("examples"), name + " " + code + " " + mediaType + " example");
                        });
                    } else {
                        // Declared once, so that a generated client has one error type per status, not one per operation.
                        assertTrue(String.valueOf(declared.get("$ref")).startsWith("#/components/responses/"),
                                name + " " + code + " refers to a shared response");
                        Map<String, Object> problem = content.get("application/problem+json");
                        assertNotNull(problem, name + " " + code + " problem+json");
                        assertEquals("#/components/schemas/Problem", ((Map<?, ?>) problem.get("schema")).get("$ref"), name + " " + code);
                        assertNotNull(problem.get("examples"), name + " " + code + " example");
                    }
                    Map<String, Object> headers = headers(response);
                    assertTrue(headers.containsKey("Access-Control-Allow-Origin"), name + " " + code + " CORS header");
                    if (code.equals("429") || code.equals("503")) {
                        assertTrue(headers.containsKey("Retry-After"), name + " " + code + " Retry-After");
                    }
                    if (code.startsWith("2") || code.startsWith("4")) {
                        assertTrue(headers.keySet().containsAll(List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")),
                                name + " " + code + " RateLimit headers");
                    }
                    headers.forEach((header, value) -> assertNotBlank(resolve(openapi, asMap(value)).get("description"),
                            name + " " + code + " header " + header + " description"));
                });
            });
        });
        assertTrue(documented.containsAll(List.of(
                "GET /api/v1/facts", "GET /api/v1/facts/{id}",
                "GET /api/v1/metrics", "GET /api/v1/metrics/{code}", "GET /api/v1/metrics/{code}/facts",
                "GET /api/v1/sources", "GET /api/v1/sources/{id}", "GET /api/v1/sources/{id}/facts",
                "GET /api/v1/topics")), documented.toString());
    }

    /** Generated clients name their methods after the operation ids: verbs a caller wants, never our class names. */
    /** The parameters that kept answers and links keep are exactly those the reads document. */
    @Test
    @SuppressWarnings("unchecked")
    void knowsEveryQueryParameterOfTheReads() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.values().stream().map(operations -> operations.get("get")).filter(Objects::nonNull)
                .flatMap(get -> ((List<Map<String, Object>>) get.getOrDefault("parameters", List.of())).stream())
                .filter(parameter -> "query".equals(parameter.get("in")))
                .forEach(parameter -> documented.add((String) parameter.get("name")));
        assertEquals(documented, new TreeSet<>(QueryParameters.NAMES));
    }

    @Test
    void namesEveryOperationForClientGenerators() {
        JsonPath openapi = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        Map<String, String> ids = new HashMap<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            String name = method.toUpperCase() + " " + path;
            Object id = operation.get("operationId");
            assertTrue(id instanceof String text && text.matches("[a-z][a-zA-Z0-9]*"), name + " operationId is not camelCase: " + id);
            assertFalse(((String) id).contains("Resource"), name + " operationId names a class: " + id);
            String other = ids.put((String) id, name);
            assertNull(other, "operationId " + id + " of " + name + " is also that of " + other);
        }));
        // Renaming one of these breaks the code of every client generated before.
        Map<String, String> expected = Map.ofEntries(
                Map.entry("listFacts", "GET /api/v1/facts"), Map.entry("getFact", "GET /api/v1/facts/{id}"),
                Map.entry("createFact", "POST /api/v1/facts"), Map.entry("replaceFact", "PUT /api/v1/facts/{id}"),
                Map.entry("retireFact", "POST /api/v1/facts/{id}/retire"),
                Map.entry("listFactRevisions", "GET /api/v1/facts/{id}/revisions"),
                Map.entry("listMetrics", "GET /api/v1/metrics"), Map.entry("getMetric", "GET /api/v1/metrics/{code}"),
                Map.entry("listMetricFacts", "GET /api/v1/metrics/{code}/facts"),
                Map.entry("getMetricSeries", "GET /api/v1/metrics/{code}/series"),
                Map.entry("getLatestMetricPoint", "GET /api/v1/metrics/{code}/series/latest"),
                Map.entry("listSources", "GET /api/v1/sources"), Map.entry("getSource", "GET /api/v1/sources/{id}"),
                Map.entry("listSourceFacts", "GET /api/v1/sources/{id}/facts"),
                Map.entry("listTopics", "GET /api/v1/topics"),
                Map.entry("listMarkets", "GET /api/v1/markets"), Map.entry("getMarket", "GET /api/v1/markets/{id}"),
                Map.entry("createImport", "POST /api/v1/imports"), Map.entry("listImports", "GET /api/v1/imports"),
                Map.entry("getImport", "GET /api/v1/imports/{id}"),
                Map.entry("getImportTemplateCsv", "GET /api/v1/imports/template.csv"));
        expected.forEach((id, operation) -> assertEquals(operation, ids.get(id), "operationId " + id));
    }

    /**
     * One shared response per problem status, whose example is an answer of that status; shared success answers
     * (a fact, a page of facts) answer only successes.
     */
    @Test
    void declaresEachProblemResponseOnce() {
        JsonPath json = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Object> openapi = json.getMap("$");
        Map<String, Map<String, Map<String, Object>>> paths = json.getMap("paths");
        Map<String, String> statusOf = new HashMap<>();
        Set<String> successes = new HashSet<>();
        paths.values().forEach(operations -> operations.forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                responses(operation).forEach((code, response) -> {
                    if (response.get("$ref") instanceof String ref && code.startsWith("2")) {
                        assertFalse(content(resolve(openapi, response)).containsKey("application/problem+json"), ref + " answers " + code);
                        successes.add(ref);
                    } else if (response.get("$ref") instanceof String ref) {
                        String other = statusOf.put(ref, code);
                        assertTrue(other == null || other.equals(code), ref + " answers both " + other + " and " + code);
                    }
                });
            }
        }));
        assertTrue(statusOf.keySet().containsAll(List.of("#/components/responses/BadRequest", "#/components/responses/Unauthorized",
                "#/components/responses/Forbidden", "#/components/responses/NotFound", "#/components/responses/NotAcceptable",
                "#/components/responses/Conflict", "#/components/responses/PreconditionFailed",
                "#/components/responses/ContentTooLarge", "#/components/responses/UnsupportedMediaType",
                "#/components/responses/UnprocessableContent", "#/components/responses/PreconditionRequired",
                "#/components/responses/TooManyRequests", "#/components/responses/InternalServerError",
                "#/components/responses/ServiceUnavailable")), statusOf.toString());
        Map<String, Map<String, Object>> shared = json.getMap("components.responses");
        Set<String> used = new HashSet<>(statusOf.keySet());
        used.addAll(successes);
        assertEquals(shared.keySet().stream().map(key -> "#/components/responses/" + key).collect(Collectors.toSet()),
                used, "every shared response is used");
        statusOf.forEach((ref, code) -> {
            Map<String, Object> problem = content(resolve(openapi, Map.of("$ref", ref))).get("application/problem+json");
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> examples = (Map<String, Map<String, Object>>) problem.get("examples");
            assertFalse(examples.isEmpty(), ref + " example");
            examples.forEach((example, value) -> {
                Map<?, ?> body = (Map<?, ?>) value.get("value");
                assertEquals(Integer.valueOf(code), body.get("status"), ref + " example " + example + " status");
                assertNotBlank(body.get("title"), ref + " example " + example + " title");
                assertNotBlank(body.get("detail"), ref + " example " + example + " detail");
            });
        });
        assertTrue(headers(resolve(openapi, Map.of("$ref", "#/components/responses/Unauthorized"))).containsKey("WWW-Authenticate"));
    }

    @Test
    void servesSwaggerUi() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parameters(Map<String, Object> operation) {
        return (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> responses(Map<String, Object> operation) {
        return (Map<String, Map<String, Object>>) operation.get("responses");
    }

    /** The object a {@code $ref} names, with the description the referring object may give it instead. */
    private static Map<String, Object> resolve(Map<String, Object> openapi, Map<String, Object> object) {
        if (!(object.get("$ref") instanceof String ref)) {
            return object;
        }
        assertTrue(ref.startsWith("#/"), ref);
        Object target = openapi;
        for (String key : ref.substring(2).split("/")) {
            target = target instanceof Map<?, ?> map ? map.get(key.replace("~1", "/").replace("~0", "~")) : null;
        }
        assertNotNull(target, ref + " is not declared");
        Map<String, Object> resolved = new HashMap<>(asMap(target));
        if (object.get("description") != null) {
            resolved.put("description", object.get("description"));
        }
        return resolved;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> headers(Map<String, Object> response) {
        return (Map<String, Object>) response.getOrDefault("headers", Map.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> content(Map<String, Object> response) {
        return (Map<String, Map<String, Object>>) response.getOrDefault("content", Map.of());
    }

    private static void assertNotBlank(Object value, String what) {
        assertTrue(value instanceof String text && !text.isBlank(), what + " is missing");
    }
}
