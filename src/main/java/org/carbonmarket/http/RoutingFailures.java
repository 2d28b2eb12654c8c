package org.carbonmarket.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.carbonmarket.api.error.ProblemMappers;
import org.carbonmarket.api.error.RoutingProblems;
import org.jboss.logging.Logger;

/**
 * Answers with a problem a request that fails on the Vert.x router, outside JAX-RS and its {@link ProblemMappers}.
 * The router itself refuses an HTTP/1.1 request without a valid Host (RFC 9112, 3.2) before any route runs; without
 * this, Quarkus's error handler would answer under /api/v1 with a body of its own and log the refusal as a server
 * error. A failure that is the server's own is logged here, once. And a path the router cannot decode (a broken
 * percent-escape) fails while it matches routes, anywhere, which only its error handler for 400 hears.
 */
@ApplicationScoped
public class RoutingFailures {

    private static final Logger LOG = Logger.getLogger(RoutingFailures.class);

    void register(@Observes Router router) {
        router.route("/api/v1/*").failureHandler(this::answer);
        router.errorHandler(400, context -> RoutingProblems.send(context, 400, "The request target is not a valid URI."));
    }

    private void answer(RoutingContext context) {
        if (context.response().headWritten()) {
            context.response().close(); // too late for a problem: the client sees a broken answer, not a wrong one
            return;
        }
        int status = context.statusCode() < 400 ? 500 : context.statusCode();
        if (status >= 500) {
            LOG.errorf(context.failure(), "Unexpected failure of %s", context.request().path());
            RoutingProblems.send(context, status, "The server failed to answer; the failure has been logged.");
        } else if (status == 400 && context.request().authority() == null) {
            RoutingProblems.send(context, 400, "HTTP/1.1 requests need a Host header naming a valid host and port (RFC 9112, 3.2).");
        } else {
            RoutingProblems.send(context, status, ProblemMappers.title(status) + ".");
        }
    }
}
