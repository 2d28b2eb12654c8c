package org.carbonmarket.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.carbonmarket.api.error.RoutingProblems;
import org.carbonmarket.config.RateLimitConfig;

/**
 * Limits the requests of each client address in fixed windows, and says so in RateLimit-* headers
 * (draft-ietf-httpapi-ratelimit-headers); over the limit a client gets a 429 problem with Retry-After.
 * Every request counts, reads and writes, whatever path or method, except two kinds: the operations
 * endpoints under /q/ (probes and scrapes), judged by the normalized path that the router serves, and
 * requests with a bearer token already verified as a curator's ({@link VerifiedCurators}). So a request
 * that fails authentication counts too, which bounds guessing tokens. The client is the peer address, or
 * the address a trusted proxy forwards (quarkus.http.proxy.*). Counts are per replica.
 */
@ApplicationScoped
public class RateLimiter {

    private record Window(long start, AtomicInteger used) {
    }

    /** Beyond this many tracked clients, windows that have ended are dropped. */
    private static final int TRACKED_CLIENTS = 100_000;

    private final RateLimitConfig config;
    private final VerifiedCurators curators;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RateLimiter(RateLimitConfig config, VerifiedCurators curators) {
        this.config = config;
        this.curators = curators;
    }

    void register(@Observes Filters filters) {
        if (config.enabled()) {
            filters.register(this::limit, 1500);
        }
    }

    private void limit(RoutingContext context) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (context.normalizedPath().startsWith("/q/") || VerifiedCurators.bearsToken(authorization) && curators.known(authorization)) {
            context.next();
        } else if (VerifiedCurators.bearsToken(authorization)) {
            // Verification may block, so it runs on a worker; the body waits meanwhile.
            context.request().pause();
            context.vertx().executeBlocking(() -> curators.verify(authorization), false).onComplete(verified -> {
                context.request().resume();
                if (verified.succeeded() && verified.result()) {
                    context.next();
                } else {
                    count(context);
                }
            });
        } else {
            count(context);
        }
    }

    private void count(RoutingContext context) {
        var request = context.request();
        long windowMillis = config.window().toMillis();
        long now = System.currentTimeMillis();
        long start = now - now % windowMillis;
        if (windows.size() > TRACKED_CLIENTS) {
            windows.values().removeIf(window -> window.start() < start);
        }
        Window window = windows.compute(client(request),
                (key, old) -> old == null || old.start() != start ? new Window(start, new AtomicInteger()) : old);
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

    /**
     * The client's address: as a trusted proxy forwarded it, or the peer's. A forwarded value that is no
     * address at all (X-Forwarded-For: garbage) counts against the proxy that sent it.
     */
    private static String client(HttpServerRequest request) {
        SocketAddress address = request.remoteAddress();
        if (address != null && address.hostAddress() != null && !address.hostAddress().isEmpty()) {
            return address.hostAddress();
        }
        SocketAddress peer = request.connection().remoteAddress();
        return peer == null || peer.hostAddress() == null ? "unknown" : peer.hostAddress();
    }
}
