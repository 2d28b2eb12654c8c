package org.carbonmarket.http;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.carbonmarket.common.InvalidRequestException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Decides, in this one place, which media type a resource answers in ({@link MediaRanges}). Quarkus REST's own
 * negotiation takes q=0 for acceptable, copies q into the Content-Type and answers {@code application/*} with
 * application/octet-stream, and it refuses {@code text/*} while matching, before any filter that knows the
 * resource could run. So the client's Accept is set aside before matching, and once the resource method is
 * known it is replaced by the one type chosen among those the method produces, or the request ends with 406.
 * Everything after, Quarkus REST's writers and the validators of {@link HttpCaching}, sees that type. A
 * {@code format} parameter ({@code json}, {@code csv}) takes the place of Accept, so that a plain link downloads CSV.
 */
public class ContentNegotiation {

    private static final String ACCEPT = ContentNegotiation.class.getName() + ".accept";

    /** The query parameter that names the answer's type instead of Accept, for links that a browser follows. */
    public static final String FORMAT = "format";

    private static final Map<String, String> FORMATS = Map.of("json", MediaType.APPLICATION_JSON, "csv", Csv.MEDIA_TYPE);

    private final Map<Method, List<MediaType>> produced = new ConcurrentHashMap<>();

    /**
     * A request for a stream of events keeps its Accept: the stream is a method of its own beside the one that
     * answers the same path in JSON (the change feed), which matching must tell apart.
     */
    @ServerRequestFilter(preMatching = true)
    public void setAside(ContainerRequestContext request) {
        String format = request.getUriInfo().getQueryParameters().getFirst(FORMAT);
        if (format != null) {
            request.setProperty(ACCEPT, formatType(format));
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.WILDCARD);
            return;
        }
        List<String> accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept != null) {
            String joined = String.join(",", accept);
            request.setProperty(ACCEPT, joined);
            if (asksForEvents(joined)) {
                return;
            }
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.WILDCARD);
    }

    /** The media type a {@code format} parameter names; it stands for the Accept header that a link cannot send. */
    private static String formatType(String format) {
        String type = FORMATS.get(format);
        if (type == null) {
            throw new InvalidRequestException(FORMAT, "must be one of " + String.join(", ", new TreeSet<>(FORMATS.keySet())));
        }
        return type;
    }

    /** Whether an Accept header asks for a stream of server-sent events. */
    static boolean asksForEvents(String accept) {
        return accept != null && accept.contains(MediaType.SERVER_SENT_EVENTS);
    }

    /** Runs before {@link HttpCaching#validate} (lower priority, earlier), whose tokens name the chosen type. */
    @ServerRequestFilter(priority = Priorities.HEADER_DECORATOR)
    public void choose(ContainerRequestContext request, ResourceInfo resource) {
        List<MediaType> offers = produced.computeIfAbsent(resource.getResourceMethod(), method -> offers(method, resource.getResourceClass()));
        String accept = (String) request.getProperty(ACCEPT);
        if (offers.isEmpty()) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept == null ? MediaType.WILDCARD : accept);
            return;
        }
        MediaType chosen = MediaRanges.choose(accept, offers);
        if (chosen == null) {
            throw new NotAcceptableException();
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, chosen.toString());
    }

    private static List<MediaType> offers(Method method, Class<?> resource) {
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : resource.getAnnotation(Produces.class);
        return produces == null ? List.of() : Arrays.stream(produces.value())
                .flatMap(types -> Arrays.stream(types.split(",")))
                .map(type -> MediaType.valueOf(type.strip()))
                .toList();
    }
}
