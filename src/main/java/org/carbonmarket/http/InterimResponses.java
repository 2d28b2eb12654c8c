package org.carbonmarket.http;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the connection of a request that the server works on for long (an import of a million rows) from looking
 * idle: until the work ends, an interim {@code 103 Early Hints} answer goes out three times per idle timeout. Clients
 * skip interim answers (RFC 9110 15.2), but the server's idle timeout ({@code quarkus.http.idle-timeout}, which must
 * stay short for connections that stall) and the read timeouts of proxies between start again with each. HTTP/1.0
 * clients get none: they cannot take interim answers.
 */
@ApplicationScoped
public class InterimResponses {

    /** Stops the interim answers of one request. */
    public interface Sending extends AutoCloseable {
        @Override
        void close();
    }

    private final Vertx vertx;
    private final long periodMillis;

    InterimResponses(Vertx vertx, @ConfigProperty(name = "quarkus.http.idle-timeout") Duration idleTimeout) {
        this.vertx = vertx;
        this.periodMillis = Math.max(1, idleTimeout.toMillis() / 3);
    }

    /** Sends interim answers on the request's connection until the returned handle is closed. */
    public Sending during(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_1_0) {
            return () -> { };
        }
        long timer = vertx.setPeriodic(periodMillis, id -> {
            if (!request.response().headWritten()) {
                request.response().writeEarlyHints(MultiMap.caseInsensitiveMultiMap());
            }
        });
        return () -> vertx.cancelTimer(timer);
    }
}
