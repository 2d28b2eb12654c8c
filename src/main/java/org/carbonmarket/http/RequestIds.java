package org.carbonmarket.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the client's X-Request-Id when it is a plain token, else a new UUID. It is
 * echoed in the response, where the access log (one line a request) picks it up.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";

    /** Ids that are safe to echo and to log: no spaces, quotes or line breaks. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String given = context.request().getHeader(HEADER);
            String id = given != null && ACCEPTABLE.matcher(given).matches() ? given : UUID.randomUUID().toString();
            context.put(HEADER, id);
            context.response().putHeader(HEADER, id);
            context.next();
        }, 2000);
    }
}
