package org.carbonmarket.ops;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.carbonmarket.api.error.RoutingProblems;
import org.carbonmarket.config.RateLimitConfig;

/**
 * Limits anonymous reads of /api/v1 per client address in fixed windows, and says so in RateLimit-*
 * headers (draft-ietf-httpapi-ratelimit-headers); over the limit a client gets a 429 problem with
 * Retry-After. Counts are per replica: behind a load balancer each replica allows the configured rate.
 */
@ApplicationScoped
public class RateLimiter {

    private record Window(long start, AtomicInteger used) {
    }

    /** Beyond this many tracked clients, windows that have ended are dropped. */
    private static final int TRACKED_CLIENTS = 100_000;

    private final RateLimitConfig config;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RateLimiter(RateLimitConfig config) {
        this.config = config;
    }

    void register(@Observes Filters filters) {
        if (config.enabled()) {
            filters.register(this::limit, 1500);
        }
    }

    private void limit(RoutingContext context) {
        var request = context.request();
        boolean anonymousRead = (request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD)
                && request.path().startsWith("/api/v1/") && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
        if (!anonymousRead) {
            context.next();
            return;
        }
        long windowMillis = config.window().toMillis();
        long now = System.currentTimeMillis();
        long start = now - now % windowMillis;
        if (windows.size() > TRACKED_CLIENTS) {
            windows.values().removeIf(window -> window.start() < start);
        }
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        Window window = windows.compute(client, (key, old) -> old == null || old.start() != start ? new Window(start, new AtomicInteger()) : old);
        int used = window.used().incrementAndGet();
        int limit = config.requests();
        long reset = Math.max(1, (start + windowMillis - now + 999) / 1000);
        var response = context.response();
        response.putHeader("RateLimit-Policy", limit + ";w=" + config.window().toSeconds());
        response.putHeader("RateLimit-Limit", Integer.toString(limit));
        response.putHeader("RateLimit-Remaining", Integer.toString(Math.max(0, limit - used)));
        response.putHeader("RateLimit-Reset", Long.toString(reset));
        if (used <= limit) {
            context.next();
            return;
        }
        response.putHeader(HttpHeaders.RETRY_AFTER, Long.toString(reset));
        RoutingProblems.send(context, 429, "This client made more than " + limit + " requests in "
                + config.window().toSeconds() + " seconds; retry after " + reset + " seconds.");
    }
}
