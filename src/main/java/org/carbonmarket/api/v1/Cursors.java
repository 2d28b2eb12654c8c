package org.carbonmarket.api.v1;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.carbonmarket.common.Checks;
import org.carbonmarket.common.CursorKey;
import org.carbonmarket.common.Sha256;
import org.carbonmarket.common.Window;
import org.carbonmarket.http.QueryParameters;

/**
 * Page cursors: a position in a listing (the order key of the row a page lies after or before) for one query,
 * signed with the database's cursor key so that every replica accepts it, across restarts. A cursor that was
 * altered, or that was given for another path, other filters or another sort, is a 400 naming {@code cursor};
 * so is one of an earlier format.
 */
@ApplicationScoped
class Cursors {

    /** The payload's format; a cursor of another is stale. */
    private static final int FORMAT = 1;
    private static final int SIGNATURE_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The parameters that choose a row within the listing rather than the listing: no part of a cursor's query. */
    private static final List<String> PAGING = List.of("page", "size", "cursor", "after");

    /** What a cursor holds: its format, its query's fingerprint, its direction and its row's order key. */
    private record Payload(int v, String q, boolean b, List<String> k) {
    }

    private final CursorKey key;

    Cursors(CursorKey key) {
        this.key = key;
    }

    String encode(Window.Position position, UriInfo uri) {
        return encoder(uri).apply(position);
    }

    /** Encodes positions of this request's listing; it reads the request once, so it may be used after it. */
    Function<Window.Position, String> encoder(UriInfo uri) {
        String fingerprint = fingerprint(uri);
        return position -> {
            try {
                byte[] payload = JSON.writeValueAsBytes(new Payload(FORMAT, fingerprint, position.before(), position.key()));
                return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a cursor's payload is plain JSON", e);
            }
        };
    }

    /**
     * The position a cursor, given as the parameter {@code name}, names for this request; {@code null} with a problem
     * in {@code checks} when it names none.
     */
    Window.Position decode(String name, String cursor, UriInfo uri, Checks checks) {
        Payload payload = verified(cursor);
        if (payload == null) {
            checks.that(name, false, "is not a cursor this API gave: use the next or prev link of a page as it is");
            return null;
        }
        if (payload.v() != FORMAT || !fingerprint(uri).equals(payload.q())) {
            checks.that(name, false, "was given for another query (path, filters or sort) or an earlier version of "
                    + "this API: start again from the first page");
            return null;
        }
        return new Window.Position(payload.b(), payload.k());
    }

    private Payload verified(String cursor) {
        int dot = cursor.indexOf('.');
        try {
            byte[] payload = DECODER.decode(cursor.substring(0, Math.max(dot, 0)));
            byte[] signature = DECODER.decode(cursor.substring(dot + 1));
            if (dot < 0 || !MessageDigest.isEqual(sign(payload), signature)) {
                return null;
            }
            return JSON.readValue(payload, Payload.class);
        } catch (IllegalArgumentException | java.io.IOException e) {
            return null;
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(payload), SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** The request's path and the parameters that choose its listing, in a canonical order, digested. */
    private static String fingerprint(UriInfo uri) {
        List<String> parameters = new ArrayList<>();
        String known = QueryParameters.known(uri.getRequestUri().getRawQuery());
        if (known != null) {
            for (String pair : known.split("&")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                if (!PAGING.contains(name)) {
                    parameters.add(pair);
                }
            }
        }
        parameters.sort(null);
        String query = uri.getPath() + "?" + String.join("&", parameters);
        return ENCODER.encodeToString(Arrays.copyOf(Sha256.of(query.getBytes(StandardCharsets.UTF_8)), 12));
    }
}
