package org.carbonmarket.testsupport;

import io.restassured.config.EncoderConfig;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Shared settings of the HTTP tests. */
public final class Api {

    private Api() {
    }

    /** Reads JSON decimals as BigDecimal, so that a test sees the exact digits the API wrote. */
    public static RestAssuredConfig exactNumbers() {
        return RestAssuredConfig.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    /** Sends bodies as UTF-8 and the Content-Type exactly as given, without RestAssured's ISO-8859-1 default. */
    public static RestAssuredConfig exactBodies() {
        return RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                .defaultContentCharset(StandardCharsets.UTF_8).appendDefaultContentCharsetToContentTypeIfUndefined(false));
    }

    /** A JSON number with exactly these digits (integers arrive as Integer or Long, decimals as BigDecimal). */
    public static Matcher<Object> decimal(String expected) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object actual) {
                return actual instanceof Number && new BigDecimal(actual.toString()).equals(new BigDecimal(expected));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("the number " + expected);
            }
        };
    }
}
