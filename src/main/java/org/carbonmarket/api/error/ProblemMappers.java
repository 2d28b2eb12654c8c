package org.carbonmarket.api.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.carbonmarket.common.InvalidRequestException;
import org.carbonmarket.common.NotFoundException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into problem+json. Details come from our own exceptions, whose messages are
 * written for clients; anything unexpected is logged here and answered without internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return problem(Response.Status.NOT_FOUND, e.getMessage(), uri, null).build();
    }

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e, UriInfo uri) {
        var errors = e.violations().stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList();
        return problem(Response.Status.BAD_REQUEST, e.getMessage(), uri, errors).build();
    }

    /** JAX-RS's own errors: unknown route, wrong method, unacceptable Accept, unsupported Content-Type. */
    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        Response.StatusType status = original.getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return unexpected(e, uri);
        }
        var response = problem(status, detailOf(status), uri, null);
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "Unexpected failure of %s", uri.getPath());
        return problem(Response.Status.INTERNAL_SERVER_ERROR, "The server failed to answer; the failure has been logged.",
                uri, null).build();
    }

    private static String detailOf(Response.StatusType status) {
        return switch (status.getStatusCode()) {
            case 404 -> "No resource exists at this path.";
            case 405 -> "This resource does not support the request's method; the Allow header lists those it does.";
            case 406 -> "This resource cannot answer in any media type that the Accept header allows.";
            case 415 -> "This resource does not accept the request's Content-Type.";
            default -> status.getReasonPhrase();
        };
    }

    static Response.ResponseBuilder problem(Response.StatusType status, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        var body = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail,
                uri.getRequestUri().getRawPath(), errors);
        return Response.status(status.getStatusCode()).type(Problem.MEDIA_TYPE).entity(body);
    }
}
