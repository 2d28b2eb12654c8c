package org.carbonmarket.testsupport;

import io.restassured.http.Header;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;

/** Real signed tokens for tests, from the test-only key pair that the test profile trusts. */
public final class Tokens {

    private static final String ISSUER = "carbon-market-data-api-test";
    private static final String AUDIENCE = "carbon-market-data-api";

    private Tokens() {
    }

    public static String curator(String subject) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups("curator").expiresIn(600).sign(testKey());
    }

    /** The Authorization header of a request by this curator. */
    public static Header authorization(String subject) {
        return bearing(curator(subject));
    }

    /** An Authorization header that presents this token, whatever it is: valid, expired, forged or no JWT at all. */
    public static Header bearing(String token) {
        return new Header("Authorization", "Bearer " + token);
    }

    /** The Authorization header's value of a request by this curator, for clients other than RestAssured. */
    public static String bearer(String subject) {
        return "Bearer " + curator(subject);
    }

    public static String withoutCuratorRole() {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("reader").groups("reader").expiresIn(600).sign(testKey());
    }

    public static String expired() {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("alice").groups("curator")
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)).sign(testKey());
    }

    public static String wrongIssuer() {
        return Jwt.issuer("https://elsewhere.example").audience(AUDIENCE).subject("alice").groups("curator").expiresIn(600).sign(testKey());
    }

    public static String wrongAudience() {
        return Jwt.issuer(ISSUER).audience("another-api").subject("alice").groups("curator").expiresIn(600).sign(testKey());
    }

    public static String signedByAnotherKey() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("alice").groups("curator").expiresIn(600)
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code alg: none}: claims that a curator would have, and no signature at all. */
    public static String unsigned() {
        long now = Instant.now().getEpochSecond();
        String header = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = base64Url("{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"alice\","
                + "\"groups\":[\"curator\"],\"iat\":" + now + ",\"exp\":" + (now + 600) + "}");
        return header + "." + payload + ".";
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static PrivateKey testKey() {
        try {
            return KeyUtils.readPrivateKey("test-jwt/private.pem");
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the test signing key", e);
        }
    }
}
