package org.carbonmarket.api.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.carbonmarket.common.ConflictException;
import org.carbonmarket.common.InvalidRequestException;
import org.carbonmarket.common.JsonErrors;
import org.carbonmarket.common.NotFoundException;
import org.carbonmarket.common.PayloadTooLargeException;
import org.carbonmarket.curation.VersionMismatchException;
import org.carbonmarket.ingest.ImportRejectedException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into problem+json. Details come from our own exceptions, whose messages are
 * written for clients; anything unexpected is logged here and answered without internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final AllowedMethods allowedMethods;

    ProblemMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return problem(Response.Status.NOT_FOUND, e.getMessage(), uri, null).build();
    }

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e, UriInfo uri) {
        var errors = e.violations().stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList();
        return problem(Response.Status.BAD_REQUEST, e.getMessage(), uri, errors).build();
    }

    /** An import with a bad row wrote nothing; the report says which rows and why. */
    @ServerExceptionMapper
    public Response importRejected(ImportRejectedException e, UriInfo uri) {
        var body = new Problem("about:blank", title(422), 422, e.getMessage(), uri.getRequestUri().getRawPath(), null, e.report());
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return problem(Response.Status.CONFLICT, e.getMessage(), uri, null).build();
    }

    /** Two changes from the same version: the second learns it is based on a version that no longer is. */
    @ServerExceptionMapper({VersionMismatchException.class, OptimisticLockException.class, StaleStateException.class})
    public Response staleVersion(RuntimeException e, UriInfo uri) {
        String detail = e instanceof VersionMismatchException ? e.getMessage()
                : "Somebody else changed this resource meanwhile; read it again and reapply the change.";
        return problem(Response.Status.PRECONDITION_FAILED, detail, uri, null).build();
    }

    @ServerExceptionMapper
    public Response preconditionRequired(PreconditionRequiredException e, UriInfo uri) {
        return problem(428, e.getMessage(), uri, null).build();
    }

    @ServerExceptionMapper
    public Response tooLarge(PayloadTooLargeException e, UriInfo uri) {
        return problem(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage(), uri, null).build();
    }

    /** A unique key taken by a concurrent write that our own checks could not yet see. */
    @ServerExceptionMapper
    public Response duplicate(ConstraintViolationException e, UriInfo uri) {
        LOG.debugf("Constraint %s refused a write to %s", e.getConstraintName(), printable(uri));
        return problem(Response.Status.CONFLICT, "The write conflicts with data stored meanwhile; read it again and retry.",
                uri, null).build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return problem(Response.Status.UNAUTHORIZED,
                "This operation needs a valid bearer token: signed by the configured issuer, for this audience, not expired.",
                uri, null)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"carbon-market-data-api\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(Response.Status.FORBIDDEN, "This operation needs the curator role, which the token does not grant.",
                uri, null).build();
    }

    /** Malformed JSON, a wrong type or an unknown property: say where, never how Jackson said it. */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return invalid(new InvalidRequestException(List.of(JsonErrors.violation(e))), uri);
    }

    /** JAX-RS's own errors: unknown route, wrong method, unacceptable Accept, unsupported Content-Type. */
    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri); // Quarkus REST wraps JSON syntax errors
        }
        Response original = e.getResponse();
        Response.StatusType status = original.getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return unexpected(e, uri, request);
        }
        var response = problem(status, detailOf(status), uri, null);
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (allow == null && status.getStatusCode() == 405) {
            allow = allowedMethods.at(uri.getPath()); // Quarkus REST's own 405 names none
        }
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpServerRequest request) {
        if (request.response().closed()) {
            // A client that went away during its answer (a download cancelled): nothing failed here, nothing can be sent.
            LOG.infof("The client of %s went away before its answer ended", printable(uri));
            return Response.serverError().build();
        }
        var busy = DatabaseFailures.busy(e);
        if (busy.isPresent()) {
            return retryLater(busy.get(), uri);
        }
        if (DatabaseFailures.isCommitUncertain(e)) {
            return commitUncertain(e, uri);
        }
        if (DatabaseFailures.isUnavailable(e)) {
            LOG.warnf("Database unavailable while serving %s: %s", printable(uri), printable(e.getMessage()));
            return problem(Response.Status.SERVICE_UNAVAILABLE, "The database cannot be reached; nothing was changed. Retry shortly.",
                    uri, null).header(HttpHeaders.RETRY_AFTER, "5").build();
        }
        LOG.errorf(e, "Unexpected failure of %s", printable(uri));
        return problem(Response.Status.INTERNAL_SERVER_ERROR, "The server failed to answer; the failure has been logged.",
                uri, null).build();
    }

    /** Expected under load, so logged without a stack trace; the raw path, as sent, keeps the log line one line. */
    private static Response retryLater(DatabaseFailures.Busy busy, UriInfo uri) {
        LOG.warnf("Database busy (%s) while serving %s", busy, printable(uri));
        return problem(Response.Status.SERVICE_UNAVAILABLE, busy.detail, uri, null).header(HttpHeaders.RETRY_AFTER, "5").build();
    }

    /** Never "nothing was changed": the commit may have reached the disk before the connection broke. */
    private static Response commitUncertain(Throwable e, UriInfo uri) {
        LOG.warnf(e, "The commit of %s was cut off; its outcome is unknown", printable(uri));
        return problem(Response.Status.SERVICE_UNAVAILABLE, "The database connection broke while the change was being "
                + "committed, so it may or may not be stored; read it back to see which. Repeating it is safe: if it was "
                + "stored, a create answers 409 and a change 412.", uri, null).header(HttpHeaders.RETRY_AFTER, "5").build();
    }

    /** The path as it was sent (percent-encoded), so that no decoded line break or control character forges log lines. */
    private static String printable(UriInfo uri) {
        return printable(uri.getRequestUri().getRawPath());
    }

    private static String printable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                printable.append(String.format("\\u%04x", c));
            } else {
                printable.appendCodePoint(c);
            }
        });
        return printable.toString();
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
        return problem(status.getStatusCode(), detail, uri, errors);
    }

    public static Response.ResponseBuilder problem(int status, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        var body = new Problem("about:blank", title(status), status, detail, uri.getRequestUri().getRawPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    }

    /** The status's reason phrase (RFC 9110), including those that JAX-RS does not name. */
    public static String title(int status) {
        return switch (status) {
            case 414 -> "URI Too Long";
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            default -> {
                var known = Response.Status.fromStatusCode(status);
                yield known == null ? "Error" : known.getReasonPhrase();
            }
        };
    }
}
