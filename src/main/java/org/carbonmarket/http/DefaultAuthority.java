package org.carbonmarket.http;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Gives a request without Host, which HTTP/1.0 allows (load balancers probe so), the address it came in on as its
 * authority, as RFC 9112 (3.3) says to reconstruct its target URI. Without one, Quarkus REST has no absolute request
 * URI, and every UriInfo that the links, Locations and validators are built from would fail. An invalid Host never
 * gets here: the request guard, or for HTTP/1.1 the router itself, refuses it first.
 */
public class DefaultAuthority {

    @ServerRequestFilter(preMatching = true)
    public void supply(ContainerRequestContext request, HttpServerRequest http) {
        if (http.authority() != null) {
            return;
        }
        SocketAddress local = http.localAddress();
        String host = local.hostAddress().contains(":") ? "[" + local.hostAddress() + "]" : local.hostAddress();
        request.setRequestUri(URI.create(http.scheme() + "://" + host + ":" + local.port() + http.uri()));
    }
}
