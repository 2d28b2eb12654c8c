package org.carbonmarket.api.v1;

import org.carbonmarket.ops.VerifiedCurators;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who a curator is, for the revision history: the token's subject. */
final class Curators {

    static final String ROLE = VerifiedCurators.ROLE;

    private Curators() {
    }

    static String actor(JsonWebToken token) {
        return token.getSubject() != null ? token.getSubject() : token.getName();
    }
}
