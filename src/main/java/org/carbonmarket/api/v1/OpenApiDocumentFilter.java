package org.carbonmarket.api.v1;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes the OpenAPI document, once here rather than on every operation and field:
 * <ul>
 * <li>the problem responses that follow from an operation's shape (any operation: 406, 429, 500, 503; a
 * secured one: 401, 403, 409; one with a body: 400, 413, 415; one with If-Match: 412, 428);</li>
 * <li>the RateLimit headers of every counted request (all but a verified curator's);</li>
 * <li>the bounds that input validation and the schema enforce, on every string, integer and array;</li>
 * <li>the server: this deployment, wherever the document is served from.</li>
 * </ul>
 */
public class OpenApiDocumentFilter implements OASFilter {

    /** The longest text any field holds: input checks refuse longer ones (see Checks.TEXT_MAX). */
    private static final long TEXT_MAX = 10_000;
    /** The most rows one import reports on, and so the longest list in any answer (imports' default max-rows). */
    private static final int LIST_MAX = 200_000;
    /** The longest CSV page: 100 items of some 30 columns of at most TEXT_MAX characters. */
    private static final int CSV_PAGE_MAX = 100 * 30 * 10_000;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("This deployment (local, staging or production): the server that serves this document.")
                .addExtension("x-internal", false)));
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(OpenApiDocumentFilter::bound);
            Schema change = openAPI.getComponents().getSchemas().get("FieldChange");
            if (change != null) {
                // Before and after hold whatever JSON the field holds: a string, a number, a list or null.
                change.addProperty("before", OASFactory.createSchema().description("The value before (null when created)."));
                change.addProperty("after", OASFactory.createSchema().description("The value after."));
                // Jackson's tree type, and the enum its schema refers to, describe nothing a client sees.
                openAPI.getComponents().removeSchema("JsonNode");
                openAPI.getComponents().removeSchema("JsonNodeType");
            }
        }
    }

    @Override
    public Operation filterOperation(Operation operation) {
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        Map<String, String> responses = new LinkedHashMap<>();
        responses.put("406", "The Accept header allows no media type this operation answers in.");
        responses.put("500", "Unexpected failure; logged, and answered without internals.");
        responses.put("503", secured
                ? "The database cannot be reached, or another write held what this one needs for longer than the lock "
                        + "timeout: nothing was changed. Or the connection broke during the commit: then `detail` says the "
                        + "change may or may not be stored. Retry-After says when to try again."
                : "The database cannot be reached; nothing was changed. Retry-After says when to try again.");
        responses.put("429", "Too many requests from this client (a curator's are not limited); Retry-After says when to try again.");
        if (!secured) {
            // Reads need no token: say so explicitly, with the empty requirement.
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement()));
        } else {
            responses.put("401", "No valid bearer token: missing, malformed, expired, unsigned, wrongly signed or from another issuer.");
            responses.put("403", "The token is valid but does not grant the curator role.");
            responses.put("409", "The write conflicts with what is stored (a duplicate, or a state that forbids it).");
        }
        if (operation.getRequestBody() != null) {
            responses.put("400", "The body or a parameter is invalid; `errors` names each field.");
            responses.put("413", "The body is larger than this operation accepts.");
            responses.put("415", "The body's Content-Type is not one this operation reads.");
        }
        var ifMatch = operation.getParameters() == null ? null : operation.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equals(p.getName())).findFirst().orElse(null);
        if (ifMatch != null) {
            ifMatch.required(true).description("The ETag of the version this change is based on.").example("\"0\"");
            responses.put("412", "If-Match names a version that is no longer current: read the resource again.");
            responses.put("428", "If-Match is missing: a change must name the version it is based on.");
        }
        responses.forEach((status, description) -> {
            // Quarkus adds bare 400, 401 and 403 entries of its own; ours say what the problem body holds.
            APIResponse existing = operation.getResponses().getAPIResponse(status);
            if (existing == null || existing.getContent() == null) {
                operation.getResponses().addAPIResponse(status, problem(description));
            }
        });
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            response.addHeader("Access-Control-Allow-Origin", textHeader("Set for cross-origin requests (CORS)."));
            if (status.equals("429") || status.equals("503")) {
                response.addHeader("Retry-After", header("Seconds to wait before trying again.", 0, 86_400));
            }
            if (status.startsWith("2") || status.startsWith("4")) {
                rateLimitHeaders(response);
            }
            if (response.getContent() != null) {
                response.getContent().getMediaTypes().values().forEach(media -> boundBody(media.getSchema()));
            }
        });
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> bound(parameter.getSchema()));
        }
        return operation;
    }

    private static void rateLimitHeaders(APIResponse response) {
        // Absent on a verified curator's requests, which are not counted.
        response.addHeader("RateLimit-Limit", header("Requests this client may make per window.", 0, Integer.MAX_VALUE));
        response.addHeader("RateLimit-Remaining", header("Requests left in the current window.", 0, Integer.MAX_VALUE));
        response.addHeader("RateLimit-Reset", header("Seconds until the window ends.", 0, 86_400));
    }

    private static org.eclipse.microprofile.openapi.models.headers.Header textHeader(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(2000));
    }

    /** A whole body given as text (a CSV page): at most a page of items of at most TEXT_MAX characters a field. */
    private static void boundBody(Schema schema) {
        if (schema != null && schema.getRef() == null && schema.getType() != null
                && schema.getType().contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null) {
            schema.setMaxLength(CSV_PAGE_MAX);
        }
    }

    private static org.eclipse.microprofile.openapi.models.headers.Header header(String description, long min, long max) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema()
                .addType(Schema.SchemaType.INTEGER).format("int32").minimum(java.math.BigDecimal.valueOf(min))
                .maximum(java.math.BigDecimal.valueOf(max)));
    }

    /** Adds the bounds input validation enforces to a schema and everything in it that lacks them. */
    private static void bound(Schema schema) {
        if (schema == null || schema.getRef() != null) {
            return;
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null) {
            String format = schema.getFormat() == null ? "" : schema.getFormat();
            schema.setMaxLength((int) switch (format) {
                case "uuid" -> 36;
                case "date" -> 10;
                case "date-time" -> 35;
                default -> TEXT_MAX;
            });
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            if (schema.getFormat() == null) {
                schema.setFormat("int64");
            }
            if (schema.getMinimum() == null) {
                schema.setMinimum(java.math.BigDecimal.ZERO);
            }
            if (schema.getMaximum() == null) {
                schema.setMaximum(java.math.BigDecimal.valueOf("int32".equals(schema.getFormat()) ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        if (types.contains(Schema.SchemaType.ARRAY)) {
            if (schema.getMaxItems() == null) {
                schema.setMaxItems(LIST_MAX);
            }
            bound(schema.getItems());
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(OpenApiDocumentFilter::bound);
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }
}
