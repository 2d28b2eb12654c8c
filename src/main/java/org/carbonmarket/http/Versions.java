package org.carbonmarket.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.carbonmarket.api.error.PreconditionRequiredException;
import org.carbonmarket.curation.Change;
import org.carbonmarket.curation.VersionMismatchException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestResponse;

/** Strong ETags of a row's version, and the If-Match preconditions that writes require. */
public final class Versions {

    private static final String CONTENT_LOCATION = "Content-Location";

    private Versions() {
    }

    /** A single resource's representation, which carries the version its ETag names. */
    public interface Versioned {
        long version();
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the resource and its version's ETag. */
    public static <T extends Versioned> RestResponse<T> ok(T resource) {
        return RestResponse.ResponseBuilder.ok(resource).tag(etag(resource.version())).build();
    }

    /**
     * 200 with the resource a write changed, its version's ETag, and in Content-Location the resource's own URI,
     * whose GET answers the same representation: {@link HttpCaching} then completes the ETag as that GET's.
     */
    public static <T extends Versioned> RestResponse<T> written(URI resource, T representation) {
        return RestResponse.ResponseBuilder.ok(representation).tag(etag(representation.version()))
                .header(CONTENT_LOCATION, resource).build();
    }

    /** 201 with the new resource, its Location below the collection's, and the rest as {@link #written}. */
    public static <T extends Versioned> RestResponse<T> created(UriInfo collection, String id, T resource) {
        URI location = collection.getAbsolutePathBuilder().path(id).build();
        return RestResponse.ResponseBuilder.<T>created(location).entity(resource).tag(etag(resource.version()))
                .header(CONTENT_LOCATION, location).build();
    }

    /** A change by the token's subject, based on the version that {@code ifMatch} names. */
    public static Change change(JsonWebToken curator, String comment, String ifMatch) {
        return new Change(Curators.actor(curator), comment, expectedVersion(ifMatch));
    }

    /**
     * {@code "3"} or {@code "3.token"} (as GET answers) expects version 3 and {@code *} any; a weak or malformed
     * tag never matches (RFC 9110, 13.1.1).
     */
    private static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String tag = ifMatch.strip();
        if (tag.equals("*")) {
            return null;
        }
        if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            String opaque = tag.substring(1, tag.length() - 1);
            int dot = opaque.indexOf('.');
            try {
                return Long.parseLong(dot < 0 ? opaque : opaque.substring(0, dot));
            } catch (NumberFormatException e) {
                // falls through: no version of ours has this tag
            }
        }
        throw new VersionMismatchException("If-Match " + tag + " names no version of this resource");
    }
}
