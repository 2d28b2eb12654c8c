package org.carbonmarket.http;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.carbonmarket.common.Sha256;

/**
 * Tells the rate limiter, which runs before any authentication, whether a request carries a curator's
 * token: verified as the API verifies it (signature, issuer, audience, expiry; mp.jwt.verify.*) and holding
 * the curator role. A header that merely looks like a token does not count. Verified tokens are remembered
 * by digest until they expire, so that a curator's token is verified once per replica, not per request.
 */
@ApplicationScoped
public class VerifiedCurators {

    /** The role that curation needs; its holders are not rate-limited. */
    public static final String ROLE = "curator";

    /** Beyond this many tokens, those that have expired are dropped, and no more are remembered. */
    private static final int REMEMBERED = 10_000;
    private static final String BEARER = "Bearer ";

    private final JWTParser parser;
    /** Expiry (epoch seconds) by token digest. */
    private final Map<String, Long> expiries = new ConcurrentHashMap<>();

    VerifiedCurators(JWTParser parser) {
        this.parser = parser;
    }

    /** Whether the header's token has been verified as a curator's already: cheap, and safe on an event loop. */
    public boolean known(String authorization) {
        Long expiry = expiries.get(digest(token(authorization)));
        return expiry != null && expiry > Instant.now().getEpochSecond();
    }

    /** Verifies the header's token, which may block (a key set may be fetched); remembers a curator's. */
    public boolean verify(String authorization) {
        String token = token(authorization);
        try {
            var jwt = parser.parse(token);
            if (!jwt.getGroups().contains(ROLE)) {
                return false;
            }
            long now = Instant.now().getEpochSecond();
            if (expiries.size() >= REMEMBERED) {
                expiries.values().removeIf(expiry -> expiry <= now);
            }
            if (expiries.size() < REMEMBERED) {
                expiries.put(digest(token), jwt.getExpirationTime());
            }
            return true;
        } catch (ParseException e) {
            return false; // any token the API itself would refuse
        }
    }

    /** Whether a header is worth verifying: a bearer token of plausible size. */
    public static boolean bearsToken(String authorization) {
        return authorization != null && authorization.length() > BEARER.length() && authorization.length() <= 8192
                && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    private static String token(String authorization) {
        return bearsToken(authorization) ? authorization.substring(BEARER.length()).strip() : "";
    }

    private static String digest(String token) {
        return Base64.getEncoder().encodeToString(Sha256.of(token));
    }
}
