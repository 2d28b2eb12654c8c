package org.carbonmarket.api.error;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The problem+json answer of the filters that run on Vert.x routes, ahead of JAX-RS: the same shape as
 * {@link Problem}, written without the resource layer.
 */
public final class RoutingProblems {

    private RoutingProblems() {
    }

    /** Ends the request with a problem; the caller has set any further headers on the response. */
    public static void send(RoutingContext context, int status, String detail) {
        send(context.response(), status, detail, context.request().path());
    }

    public static void send(HttpServerResponse response, int status, String detail, String instance) {
        var body = new JsonObject()
                .put("type", "about:blank")
                .put("title", ProblemMappers.title(status))
                .put("status", status)
                .put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body.encode());
    }
}
