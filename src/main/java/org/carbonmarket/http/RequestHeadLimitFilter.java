package org.carbonmarket.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.carbonmarket.api.error.RoutingProblems;
import org.carbonmarket.config.RequestHeadConfig;

/**
 * Refuses an overlong request line with a 414 problem and oversized header fields with a 431 problem. The HTTP
 * server has limits of its own, but it answers past them before any route, with an empty body, and Quarkus offers
 * no hook there; so its limits are set above these (application.properties), and these answer first.
 */
@ApplicationScoped
public class RequestHeadLimitFilter {

    private final RequestHeadConfig limits;

    RequestHeadLimitFilter(RequestHeadConfig limits) {
        this.limits = limits;
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            HttpServerRequest request = context.request();
            long headerBytes = 0;
            for (Map.Entry<String, String> header : request.headers()) {
                headerBytes += header.getKey().length() + header.getValue().length();
            }
            if (requestLine(request) > limits.maxRequestLine()) {
                RoutingProblems.send(context, 414, "The request line is longer than the " + limits.maxRequestLine()
                        + " characters this server reads.");
            } else if (headerBytes > limits.maxHeaderSize().asLongValue()) {
                RoutingProblems.send(context, 431, "The header fields take more than the " + limits.maxHeaderSize().asLongValue()
                        + " bytes this server reads.");
            } else {
                context.next();
            }
        }, 1900);
    }

    /** Method, target and version, with the two spaces between them. */
    private static int requestLine(HttpServerRequest request) {
        return request.method().name().length() + 1 + request.uri().length() + 1 + "HTTP/1.1".length();
    }
}
