package org.carbonmarket.api.v1;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.carbonmarket.common.DataVersion;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Conditional GETs for every read under /api/v1. A representation is fully determined by the code that
 * renders it, the data version (moved on by every committed write, on any replica) and the request: its
 * URI, Accept and language. Their digest, the token, is therefore a strong validator that can be checked
 * before any work: If-None-Match with the current token is a 304 without a body. Single resources prefix
 * the token with their row version ({@code "3.token"}), which If-Match compares (see {@link Versions}).
 */
public class HttpCaching {

    static final String TOKEN = HttpCaching.class.getName() + ".token";
    private static final String CHANGED_AT = HttpCaching.class.getName() + ".changedAt";
    private static final String VARY = "Accept, Accept-Language";
    private static final String CACHE_CONTROL = "public, no-cache";

    private final DataVersion dataVersion;
    private final String release;

    HttpCaching(DataVersion dataVersion, @ConfigProperty(name = "quarkus.application.version") String release) {
        this.dataVersion = dataVersion;
        this.release = release;
    }

    @ServerRequestFilter
    public Response validate(ContainerRequestContext request) {
        if (!isCacheableRead(request)) {
            return null;
        }
        var current = dataVersion.current();
        String token = token(current.version(), request);
        request.setProperty(TOKEN, token);
        request.setProperty(CHANGED_AT, current.changedAt());
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        String ifModifiedSince = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        boolean notModified = ifNoneMatch != null ? matches(ifNoneMatch, token)
                : ifModifiedSince != null && notModifiedSince(ifModifiedSince, current.changedAt());
        if (!notModified) {
            return null;
        }
        var response = Response.notModified();
        if (ifNoneMatch != null && !ifNoneMatch.strip().equals("*")) {
            response.header(HttpHeaders.ETAG, firstTag(ifNoneMatch));
        }
        return response.header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).header(HttpHeaders.VARY, VARY)
                .header(HttpHeaders.LAST_MODIFIED, httpDate(current.changedAt())).build();
    }

    @ServerResponseFilter
    public void describe(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(TOKEN) instanceof String token && response.getStatus() == 200) {
            Object versionTag = response.getHeaders().getFirst(HttpHeaders.ETAG);
            String version = versionTag == null ? null : versionTag.toString().replace("\"", "");
            response.getHeaders().putSingle(HttpHeaders.ETAG, "\"" + (version == null ? token : version + "." + token) + "\"");
            response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, httpDate((Instant) request.getProperty(CHANGED_AT)));
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        }
        if (request.getUriInfo().getPath().startsWith("/api/v1/")) {
            response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, Language.of(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).tag());
        }
    }

    private static boolean isCacheableRead(ContainerRequestContext request) {
        String method = request.getMethod();
        return (method.equals("GET") || method.equals("HEAD")) && request.getUriInfo().getPath().startsWith("/api/v1/");
    }

    private String token(long version, ContainerRequestContext request) {
        String key = String.join("\n", release, Long.toString(version), request.getUriInfo().getRequestUri().getRawPath(),
                String.valueOf(request.getUriInfo().getRequestUri().getRawQuery()),
                String.valueOf(request.getHeaderString(HttpHeaders.ACCEPT)), Language.of(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).tag());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether any tag of If-None-Match names the current representation; weak comparison (RFC 9110 13.1.2). */
    private static boolean matches(String ifNoneMatch, String token) {
        for (String tag : ifNoneMatch.split(",")) {
            String value = tag.strip();
            if (value.equals("*")) {
                return true;
            }
            value = value.startsWith("W/") ? value.substring(2) : value;
            value = value.replace("\"", "");
            if (value.equals(token) || value.endsWith("." + token)) {
                return true;
            }
        }
        return false;
    }

    private static String firstTag(String ifNoneMatch) {
        return ifNoneMatch.split(",")[0].strip();
    }

    private static boolean notModifiedSince(String ifModifiedSince, Instant changedAt) {
        try {
            Instant since = DateTimeFormatter.RFC_1123_DATE_TIME.parse(ifModifiedSince, Instant::from);
            return !changedAt.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        } catch (DateTimeParseException e) {
            return false; // an unreadable date is ignored, as RFC 9110 13.1.3 asks
        }
    }

    private static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
