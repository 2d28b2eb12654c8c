package org.carbonmarket.http;

import io.quarkus.vertx.http.runtime.cors.CORSFilter;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.carbonmarket.api.error.RoutingProblems;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses with a 403 problem a request that carries an Origin and uses a method the CORS policy does not list
 * (quarkus.http.cors.methods). Quarkus's CORS filter refuses exactly these itself, whatever the origin, but with an
 * empty body; this filter runs just ahead of it (priority 300) and says why. Preflights are left to that filter.
 */
@ApplicationScoped
public class CrossOriginMethodFilter {

    private final boolean enabled;
    private final Optional<List<String>> methods;

    CrossOriginMethodFilter(@ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "quarkus.http.cors.methods") Optional<List<String>> methods) {
        this.enabled = enabled;
        this.methods = methods;
    }

    void register(@Observes Filters filters) {
        if (!enabled || CORSFilter.isConfiguredWithWildcard(methods)) {
            return; // every method is allowed across origins
        }
        Set<String> allowed = methods.orElseThrow().stream().map(m -> m.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        filters.register(context -> {
            HttpServerRequest request = context.request();
            if (request.getHeader(HttpHeaders.ORIGIN) == null || isPreflight(request) || allowed.contains(request.method().name())) {
                context.next();
                return;
            }
            RoutingProblems.send(context, 403, "Cross-origin requests may use only " + String.join(", ", methods.get())
                    + "; this one used " + request.method().name() + ".");
        }, 400);
    }

    private static boolean isPreflight(HttpServerRequest request) {
        return request.method() == HttpMethod.OPTIONS && (request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null
                || request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS) != null);
    }
}
