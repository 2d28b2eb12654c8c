package org.carbonmarket.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What StrictJson refuses, and where it says the problem is. */
class StrictJsonUnitTest {

    private static final JsonFactory JSON = new JsonFactory();

    private static InvalidRequestException.Violation refused(String body) {
        return refused(body.getBytes(StandardCharsets.UTF_8));
    }

    private static InvalidRequestException.Violation refused(byte[] body) {
        return assertThrows(InvalidRequestException.class, () -> StrictJson.check(JSON, body)).violations().get(0);
    }

    @Test
    void namesARepeatedPropertyByItsPath() {
        assertEquals("period.start", refused("{\"period\": {\"start\": 1, \"start\": 2}}").field());
        assertEquals("facts[1].source", refused("{\"facts\": [{\"source\": 1}, {\"source\": 1, \"source\": 2}]}").field());
        assertEquals("is given twice", refused("{\"a\": 1, \"a\": 1}").message());
    }

    @Test
    void acceptsEqualNamesInDifferentObjects() {
        assertDoesNotThrow(() -> StrictJson.check(JSON, "{\"a\": {\"a\": 1}, \"b\": [{\"a\": 1}, {\"a\": 2}]}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void saysWhereContentFollowsTheValue() {
        assertEquals(new InvalidRequestException.Violation("body", "has more after the JSON value (line 2, column 1)"),
                refused("{\"a\": 1}\n[]"));
        assertEquals("body", refused("\"text\" 1").field());
    }

    @Test
    void refusesOverlongAndSurrogateEncodingsAtTheirByte() {
        assertEquals(new InvalidRequestException.Violation("body", "is not valid UTF-8 (byte 7)"),
                refused(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'}));
        assertEquals("body", refused(new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}).field());
    }

    @Test
    void leavesEmptyAndMalformedBodiesToTheBinding() {
        assertDoesNotThrow(() -> StrictJson.check(JSON, new byte[0]));
        assertDoesNotThrow(() -> StrictJson.check(JSON, "{\"a\": ".getBytes(StandardCharsets.UTF_8)));
        assertDoesNotThrow(() -> StrictJson.check(JSON, "\uFEFF{\"a\": \"\u00e9\ud83d\ude00\"}".getBytes(StandardCharsets.UTF_8)));
    }
}
