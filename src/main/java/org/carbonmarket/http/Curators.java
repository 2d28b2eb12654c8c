package org.carbonmarket.http;

import org.carbonmarket.http.VerifiedCurators;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who a curator is, for the revision history: the token's subject. */
public final class Curators {

    public static final String ROLE = VerifiedCurators.ROLE;

    private Curators() {
    }

    public static String actor(JsonWebToken token) {
        return token.getSubject() != null ? token.getSubject() : token.getName();
    }
}
