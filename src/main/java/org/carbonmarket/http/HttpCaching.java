package org.carbonmarket.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import org.carbonmarket.common.DataVersion;
import org.carbonmarket.common.Sha256;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Conditional GETs for every read under /api/v1. A representation is fully determined by the code that
 * renders it, the data version (moved on by every committed write, on any replica) and the request: its
 * URI, Accept and language. Their digest, the token, is therefore a strong validator that can be checked
 * before any work: If-None-Match with the current token is a 304 without a body. (The base URI is part of
 * the request too, since Link headers name the host.) Single resources prefix
 * the token with their row version ({@code "3.token"}), which If-Match compares (see {@link Versions}).
 * For the same reason the rendered answers are kept by token, as the bytes that were sent, and replayed
 * without touching the data or rendering again: a token names one exact representation, so a kept one is
 * never stale, and a write simply makes new tokens. The token reads the request normalized: only the query
 * parameters that reads take (links omit the others too), and Accept as {@link ContentNegotiation} resolved it.
 */
@Provider
public class HttpCaching implements WriterInterceptor {

    private static final String TOKEN = HttpCaching.class.getName() + ".token";
    private static final String CHANGED_AT = HttpCaching.class.getName() + ".changedAt";
    private static final String VARY = "Accept, Accept-Language";
    private static final String CACHE_CONTROL = "public, no-cache";
    private static final String REPLAYED = HttpCaching.class.getName() + ".replayed";
    private static final String KEEP = HttpCaching.class.getName() + ".keep";
    private static final String VERSION_BEFORE = HttpCaching.class.getName() + ".versionBefore";
    private static final String CONTENT_LOCATION = "Content-Location";

    /** What {@link #aroundWriteTo} needs to keep an answer besides its bytes. */
    private record Keep(String token, String etag, String link) {
    }

    private final DataVersion dataVersion;
    private final KeptAnswers kept;
    private final String release;

    HttpCaching(DataVersion dataVersion, KeptAnswers kept, @ConfigProperty(name = "quarkus.application.version") String release) {
        this.dataVersion = dataVersion;
        this.kept = kept;
        this.release = release;
    }

    /**
     * Replays the kept answer of this exact request, or answers 304 in its stead; both only when one was kept,
     * which means the request was valid and its resource existed at this data version. Anything else goes on
     * to the resource, which validates it first: a 404 or a 400 stays one whatever the conditional headers say.
     */
    @ServerRequestFilter
    public Response validate(ContainerRequestContext request) {
        if (isCuratedWrite(request)) {
            request.setProperty(VERSION_BEFORE, dataVersion.fresh().version());
            return null;
        }
        if (!isCacheableRead(request)) {
            return null;
        }
        var current = dataVersion.current();
        String token = token(current.version(), request, request.getUriInfo().getRequestUri());
        request.setProperty(TOKEN, token);
        request.setProperty(CHANGED_AT, current.changedAt());
        KeptAnswers.Kept answer = kept.get(token);
        if (answer == null) {
            return null;
        }
        request.setProperty(REPLAYED, true);
        if (notModified(request, answer.etag(), current.changedAt())) {
            return Response.notModified().header(HttpHeaders.ETAG, answer.etag()).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                    .header(HttpHeaders.VARY, VARY).header(HttpHeaders.LAST_MODIFIED, httpDate(current.changedAt())).build();
        }
        var response = Response.ok(answer.body(), answer.type())
                .header(HttpHeaders.ETAG, answer.etag())
                .header(HttpHeaders.LAST_MODIFIED, httpDate(current.changedAt()))
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        if (answer.link() != null) {
            response.header("Link", answer.link());
        }
        return response.build();
    }

    /**
     * Describes a 200 for caches and turns it into a 304 when the conditions say the client has it. Otherwise
     * the answer is kept as it is written ({@link #aroundWriteTo}), whatever writer writes it.
     */
    @ServerResponseFilter
    public void describe(ContainerRequestContext request, ContainerResponseContext response) {
        if (!List.of("GET", "HEAD", "OPTIONS").contains(request.getMethod())) {
            dataVersion.wrote(); // it may have committed: this replica's next reads, and this writer's, must see it
        }
        if (request.getProperty(VERSION_BEFORE) instanceof Long before) {
            tagWrittenResource(request, response, before);
        }
        if (request.getProperty(TOKEN) instanceof String token && response.getStatus() == 200
                && request.getProperty(REPLAYED) == null) {
            Object versionTag = response.getHeaders().getFirst(HttpHeaders.ETAG);
            String version = versionTag == null ? null : versionTag.toString().replace("\"", "");
            String etag = "\"" + (version == null ? token : version + "." + token) + "\"";
            Instant changedAt = (Instant) request.getProperty(CHANGED_AT);
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
            response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, httpDate(changedAt));
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
            if (notModified(request, etag, changedAt)) {
                response.setStatus(304);
                response.setEntity(null);
                response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
                response.getHeaders().remove("Link");
            } else {
                Object link = response.getHeaders().getFirst("Link");
                request.setProperty(KEEP, new Keep(token, etag, link == null ? null : link.toString()));
            }
        }
        // A snapshot is the same whatever the Accept and the language: nothing to vary on, or to say of its language.
        if (request.getUriInfo().getPath().startsWith("/api/v1/") && !isSnapshot(request.getUriInfo().getPath())) {
            response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, Language.of(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).tag());
        }
    }

    /**
     * Gives the resource a write answers the ETag that a GET of it ({@code Content-Location}) answers at the data
     * version after the write: one ETag for one version, whichever request carried it. A write moves the data version
     * on by one, and a replacement that changes nothing leaves it; when it moved further, other writes committed
     * beside this one, which may have changed what the representation shows (a metric's name in a fact), so the
     * answer carries no ETag rather than one that might name another representation.
     */
    private void tagWrittenResource(ContainerRequestContext request, ContainerResponseContext response, long before) {
        Object location = response.getHeaders().getFirst(CONTENT_LOCATION);
        Object versionTag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        if (location == null || versionTag == null) {
            return;
        }
        long after = dataVersion.fresh().version();
        if (after > before + 1) {
            response.getHeaders().remove(HttpHeaders.ETAG);
            return;
        }
        String token = token(after, request, URI.create(location.toString()));
        response.getHeaders().putSingle(HttpHeaders.ETAG, "\"" + versionTag.toString().replace("\"", "") + "." + token + "\"");
    }

    /** Keeps the bytes of an answer that {@link #describe} marked, as the writer of its media type wrote them. */
    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(KEEP) instanceof Keep keep)) {
            context.proceed();
            return;
        }
        OutputStream out = context.getOutputStream();
        var written = new ByteArrayOutputStream();
        context.setOutputStream(written);
        context.proceed();
        byte[] body = written.toByteArray();
        out.write(body);
        context.setOutputStream(out);
        Object type = context.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
        kept.put(keep.token(), new KeptAnswers.Kept(body, type == null ? context.getMediaType() : MediaType.valueOf(type.toString()),
                keep.etag(), keep.link()));
    }

    /**
     * RFC 9110 13.2.2 for a representation that exists: If-None-Match when present (weak comparison, {@code *}
     * matches), else If-Modified-Since. A date is second-granular while versions are not: the date must lie
     * after the last change itself, so a client that echoes Last-Modified (rounded down) revalidates with a
     * 200, never a stale 304, and gets its 304s from the ETag.
     */
    private static boolean notModified(ContainerRequestContext request, String etag, Instant changedAt) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, etag);
        }
        String ifModifiedSince = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        return ifModifiedSince != null && modifiedBefore(changedAt, ifModifiedSince);
    }

    /** A curator's single write, whose answer names its resource in Content-Location (see {@link Versions}). */
    private static boolean isCuratedWrite(ContainerRequestContext request) {
        String method = request.getMethod();
        return (method.equals("PUT") || method.equals("POST")) && request.getUriInfo().getPath().startsWith("/api/v1/")
                && !request.getUriInfo().getPath().startsWith("/api/v1/imports");
    }

    /**
     * A read of the API with an answer to keep: not a stream of events, which stays open and has none, nor a
     * snapshot, whose files are too large to keep and whose answers carry validators of their own (they never change).
     */
    private static boolean isCacheableRead(ContainerRequestContext request) {
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        return (method.equals("GET") || method.equals("HEAD")) && path.startsWith("/api/v1/") && !isSnapshot(path)
                && !ContentNegotiation.asksForEvents(request.getHeaderString(HttpHeaders.ACCEPT));
    }

    private static boolean isSnapshot(String path) {
        return path.startsWith("/api/v1/snapshots/");
    }

    /** The token of a GET of {@code target} with this request's Accept and language, at a data version. */
    private String token(long version, ContainerRequestContext request, URI target) {
        // The base URI too: Link headers name this host.
        String key = String.join("\n", release, Long.toString(version), request.getUriInfo().getBaseUri().toString(),
                target.getRawPath(), String.valueOf(QueryParameters.known(target.getRawQuery())),
                String.valueOf(request.getHeaderString(HttpHeaders.ACCEPT)), Language.of(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).tag());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Sha256.of(key)).substring(0, 22);
    }

    /** Whether any tag of If-None-Match names this ETag, or is {@code *}; weak comparison (RFC 9110 8.8.3.2). */
    /** Whether an If-None-Match header names this ETag (weak comparison; {@code *} matches). */
    public static boolean matches(String ifNoneMatch, String etag) {
        for (String tag : ifNoneMatch.split(",")) {
            String value = tag.strip();
            if (value.equals("*") || (value.startsWith("W/") ? value.substring(2) : value).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean modifiedBefore(Instant changedAt, String ifModifiedSince) {
        try {
            return changedAt.isBefore(DateTimeFormatter.RFC_1123_DATE_TIME.parse(ifModifiedSince, Instant::from));
        } catch (DateTimeParseException e) {
            return false; // an unreadable date is ignored, as RFC 9110 13.1.3 asks
        }
    }

    private static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
