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
import java.util.List;
import java.util.Map;
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
        JsonPath openapi = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
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
                responses.forEach((code, response) -> {
                    assertNotBlank(response.get("description"), name + " " + code + " description");
                    Map<String, Map<String, Object>> content = content(response);
                    if (code.startsWith("2")) {
                        assertFalse(content.isEmpty(), name + " " + code + " content");
                        content.forEach((mediaType, body) -> {
                            assertNotNull(body.get("schema"), name + " " + code + " " + mediaType + " schema");
                            assertNotNull(body.get("examples"), name + " " + code + " " + mediaType + " example");
                        });
                    } else {
                        Map<String, Object> problem = content.get("application/problem+json");
                        assertNotNull(problem, name + " " + code + " problem+json");
                        assertEquals("#/components/schemas/Problem", ((Map<?, ?>) problem.get("schema")).get("$ref"), name + " " + code);
                    }
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

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> content(Map<String, Object> response) {
        return (Map<String, Map<String, Object>>) response.getOrDefault("content", Map.of());
    }

    private static void assertNotBlank(Object value, String what) {
        assertTrue(value instanceof String text && !text.isBlank(), what + " is missing");
    }
}
