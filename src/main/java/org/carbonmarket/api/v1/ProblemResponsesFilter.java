package org.carbonmarket.api.v1;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents, once here rather than on every operation, the problem responses that follow from an
 * operation's shape: any operation can meet an unacceptable Accept header or an unexpected failure;
 * a secured one a missing or insufficient token; one with a body a malformed, oversized or mistyped body;
 * one that takes If-Match a missing or stale version.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        Map<String, String> responses = new LinkedHashMap<>();
        responses.put("406", "The Accept header allows no media type this operation answers in.");
        responses.put("500", "Unexpected failure; logged, and answered without internals.");
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            responses.put("401", "No valid bearer token: missing, malformed, expired, unsigned, wrongly signed or from another issuer.");
            responses.put("403", "The token is valid but does not grant the curator role.");
            responses.put("409", "The write conflicts with what is stored (a duplicate, or a state that forbids it).");
        }
        if (operation.getRequestBody() != null) {
            responses.put("400", "The body or a parameter is invalid; `errors` names each field.");
            responses.put("413", "The body is larger than this operation accepts.");
            responses.put("415", "The body's Content-Type is not one this operation reads.");
        }
        if (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equals(p.getName()))) {
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
        return operation;
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }
}
