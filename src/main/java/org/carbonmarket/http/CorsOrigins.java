package org.carbonmarket.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps CORS answers cacheable. The CORS filter echoes the request's Origin back in
 * Access-Control-Allow-Origin, even when every origin is allowed; an answer that is public for caches would
 * then carry one client's origin (or whatever 3 kB it sent) to the next. With every origin allowed, the
 * header is the literal {@code *}, the same for all; with a list of origins, the answer says that it varies
 * with Origin.
 */
@ApplicationScoped
public class CorsOrigins {

    private final boolean anyOrigin;

    CorsOrigins(@ConfigProperty(name = "quarkus.http.cors.origins", defaultValue = "*") List<String> origins) {
        this.anyOrigin = origins.contains("*");
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            // With every origin allowed, only a cross-origin request gets the header to rewrite.
            if (!anyOrigin || context.request().getHeader(HttpHeaders.ORIGIN) != null) {
                context.addHeadersEndHandler(ignored -> describe(context));
            }
            context.next();
        }, 2100);
    }

    private void describe(RoutingContext context) {
        var headers = context.response().headers();
        if (anyOrigin) {
            if (headers.contains(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)) {
                headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            }
            return;
        }
        String vary = headers.get(HttpHeaders.VARY);
        if (vary == null || vary.isBlank()) {
            headers.set(HttpHeaders.VARY, "Origin");
        } else if (!vary.toLowerCase(Locale.ROOT).contains("origin")) {
            headers.set(HttpHeaders.VARY, vary + ", Origin");
        }
    }
}
