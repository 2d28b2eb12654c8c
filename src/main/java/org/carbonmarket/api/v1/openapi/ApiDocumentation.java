package org.carbonmarket.api.v1.openapi;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Declarations of the OpenAPI document that belong to no single resource. */
@SecurityScheme(securitySchemeName = ApiDocumentation.CURATOR, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT",
        description = "A JWT (RFC 7519) signed with RS256 by the configured issuer, for the configured audience, with "
                + "`curator` in its `groups` claim. Tokens are verified as RFC 8725 (JWT Best Current Practices) asks: "
                + "(RFC8725): the algorithm is fixed to RS256 (`alg: none` and HMAC are refused), and the signature, issuer, audience "
                + "and expiry are all checked. Reads need no token.")
public class ApiDocumentation extends Application {

    public static final String CURATOR = "curator";
}
