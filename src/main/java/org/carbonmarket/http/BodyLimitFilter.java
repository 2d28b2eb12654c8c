package org.carbonmarket.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.carbonmarket.api.error.RoutingProblems;
import org.carbonmarket.config.ImportConfig;

/**
 * Refuses an oversized body by its Content-Length before a byte of it is read, with a 413 problem.
 * It runs ahead of the HTTP server's own size check, whose 413 has no body. Imports may be large
 * (their limit is configured); every other body is one resource of JSON. Bodies sent without a
 * length are bounded as they stream in (imports) or by the HTTP server's limit.
 */
@ApplicationScoped
public class BodyLimitFilter {

    public static final long JSON_BODY_LIMIT = 1 << 20;

    private final ImportConfig imports;

    BodyLimitFilter(ImportConfig imports) {
        this.imports = imports;
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String header = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long limit = context.normalizedPath().startsWith("/api/v1/imports") ? imports.maxBytes() : JSON_BODY_LIMIT;
            long length = parse(header);
            if (length <= limit) {
                context.next();
                return;
            }
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            RoutingProblems.send(context, 413, "The request body of " + length + " bytes exceeds the limit of " + limit + " bytes.");
        }, 1000);
    }

    private static long parse(String contentLength) {
        try {
            return contentLength == null ? -1 : Long.parseLong(contentLength.strip());
        } catch (NumberFormatException e) {
            return -1; // the HTTP server answers a malformed length itself
        }
    }
}
