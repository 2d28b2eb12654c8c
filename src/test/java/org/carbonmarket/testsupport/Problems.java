package org.carbonmarket.testsupport;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.restassured.response.ValidatableResponse;

/** Assertions on RFC 9457 problem answers, which every error of the API is. */
public final class Problems {

    private Problems() {
    }

    /** An answer of this status as problem+json that shows no internals; returns it for the problem's own fields. */
    public static ValidatableResponse isProblem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("about:blank"))
                .body("status", equalTo(status))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")))
                .body(not(containsString("org.carbonmarket")));
    }
}
