package org.carbonmarket.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import org.carbonmarket.api.error.RoutingProblems;

/**
 * The operations endpoints under /q/ (health, metrics, OpenAPI, Swagger UI) are read with GET, HEAD and CORS
 * preflights only; their handlers would answer any method, TRACE included, so others are a 405 here.
 */
@ApplicationScoped
public class OperationsMethods {

    private static final Set<HttpMethod> SERVED = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    void register(@Observes Filters filters) {
        filters.register(context -> {
            if (!context.normalizedPath().startsWith("/q/") || SERVED.contains(context.request().method())) {
                context.next();
                return;
            }
            context.response().putHeader(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS");
            RoutingProblems.send(context, 405, "The operations endpoints answer GET and HEAD only; the Allow header lists them.");
        }, 1700);
    }
}
