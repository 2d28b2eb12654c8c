package org.carbonmarket.api.v1;

import org.carbonmarket.common.InvalidRequestException;

/** Request bodies are required: an empty one is a 400, never a null deep inside. */
final class Bodies {

    private Bodies() {
    }

    static <T> T require(T body) {
        if (body == null) {
            throw new InvalidRequestException("body", "a JSON body is required");
        }
        return body;
    }
}
