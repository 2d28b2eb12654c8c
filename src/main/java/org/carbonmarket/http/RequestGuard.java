package org.carbonmarket.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Locale;
import org.carbonmarket.api.error.RoutingProblems;
import org.carbonmarket.common.Utf8;

/**
 * Refuses, with a 400 problem, a request target that is not well-formed: a broken percent-escape, a
 * character that a URI cannot hold, bytes that are not UTF-8 once decoded, or a NUL character (which
 * PostgreSQL cannot store or compare), and a Host that is invalid or given twice (RFC 9112, 3.2), since the
 * target URI is rebuilt from it. Checked once here, so that no parameter or path segment has to be checked
 * for it again. This is the check Quarkus would make before any route, with a bare 400 ({@link Main} turns
 * that one off). A path the router cannot even decode, and an HTTP/1.1 request without a valid Host, the
 * router refuses before this filter runs; {@link org.carbonmarket.api.error.RoutingFailures} answers those.
 */
@ApplicationScoped
public class RequestGuard {

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String problem = problemWith(context.request().uri());
            String detail = problem != null ? "The request target " + problem + "." : hostProblem(context.request());
            if (detail == null) {
                context.next();
            } else {
                RoutingProblems.send(context, 400, detail);
            }
        }, 1800);
    }

    /** An HTTP/1.0 request may come without Host; one that names it must name it once, and validly. */
    private static String hostProblem(HttpServerRequest request) {
        List<String> hosts = request.headers().getAll(HttpHeaders.HOST);
        if (hosts.size() > 1) {
            return "The request has more than one Host header.";
        }
        return hosts.size() == 1 && request.authority() == null ? "The request's Host header is not a valid host and port." : null;
    }

    public static String problemWith(String target) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(target.length());
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c != '%') {
                bytes.write(c);
                continue;
            }
            if (i + 2 >= target.length() || Character.digit(target.charAt(i + 1), 16) < 0 || Character.digit(target.charAt(i + 2), 16) < 0) {
                return "has a broken percent-escape";
            }
            bytes.write(Integer.parseInt(target, i + 1, i + 3, 16));
            i += 2;
        }
        try {
            new URI(target);
        } catch (URISyntaxException e) {
            return "is not a valid URI (" + e.getReason().toLowerCase(Locale.ROOT) + " at index " + e.getIndex() + ")";
        }
        try {
            String decoded = Utf8.strictDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
            return decoded.indexOf('\0') >= 0 ? "contains a NUL character" : null;
        } catch (CharacterCodingException e) {
            return "is not valid UTF-8 once decoded";
        }
    }
}
