package org.carbonmarket.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.carbonmarket.common.InvalidRequestException.Entry;
import org.carbonmarket.common.InvalidRequestException.Violation;
import org.carbonmarket.curation.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one collector of field problems: each rule's exact message, under the field's full name. */
class ChecksUnitTest {

    private final Checks checks = new Checks();

    private void assertViolations(Violation... expected) {
        assertEquals(List.of(expected), checks.violations());
    }

    @Test
    void collectsEveryProblemInOrder() {
        checks.required("id", null, 100);
        checks.required("title", "x".repeat(501), 500);
        checks.notNull("published", null);
        assertViolations(new Violation("id", "is required"), new Violation("title", "must be at most 500 characters"),
                new Violation("published", "is required"));
        var thrown = assertThrows(InvalidRequestException.class, checks::throwIfAny);
        assertEquals(checks.violations(), thrown.violations());
        assertEquals("3 invalid field(s) or parameter(s)", thrown.getMessage());
    }

    @Test
    void throwsNothingWhenAllIsWell() {
        checks.required("id", "ok", 100);
        checks.optional("note", null, 100);
        checks.notNull("published", LocalDate.of(2025, 1, 1));
        assertViolations();
        assertDoesNotThrow(checks::throwIfAny);
    }

    @Test
    void namesTheFieldsOfAnEntry() {
        checks.at("facts", 3).required("quote", " ", 10_000);
        checks.at("facts", 4).notNull("period", null);
        assertViolations(new Violation("facts[3].quote", "is required", new Entry("facts", 3)),
                new Violation("facts[4].period", "is required", new Entry("facts", 4)));
        assertEquals("quote", checks.violations().get(0).name(), "the name within its entry");
    }

    @Test
    void boundsTextByCharacters() {
        assertTrue(checks.optional("unit", "µg/m³", 5));
        assertFalse(checks.optional("unit", "µg/m³!", 5));
        assertTrue(checks.required("unit", "\ud83d\ude00", 2), "a pair of surrogates is one storable character");
        assertViolations(new Violation("unit", "must be at most 5 characters"));
    }

    @Test
    void refusesTextThatPostgresqlCannotStore() {
        checks.optional("quote", "a\u0000b", 100);
        checks.optional("note", "half \ud800 a pair", 100);
        checks.optional("locator", "reversed \ude00\ud83d", 100);
        checks.required("comment", "ends with half \ud83d", 100);
        String surrogate = "must not contain a lone surrogate (half of a UTF-16 pair, such as \\ud800)";
        assertViolations(new Violation("quote", "must not contain the NUL character"), new Violation("note", surrogate),
                new Violation("locator", surrogate), new Violation("comment", surrogate));
    }

    @Test
    void matchesAPatternOnlyOnceTheValueIsThere() {
        checks.matches("id", null, Checks.SLUG, 100);
        checks.matches("id", "Not A Slug", Checks.SLUG, 100);
        checks.matches("region", "CN-BJ", Checks.REGION, 10);
        checks.matches("region", "cn", Checks.REGION, 10);
        assertViolations(new Violation("id", "is required"), new Violation("id", "must match [a-z0-9]+(-[a-z0-9]+)*"),
                new Violation("region", "must match " + Checks.REGION_REGEX));
    }

    @Test
    void acceptsOnlyTheCodesOfAnEnum() {
        assertTrue(checks.oneOf("status", "retired", Status.class));
        assertFalse(checks.oneOf("status", "RETIRED", Status.class));
        assertFalse(checks.oneOf("status", null, Status.class));
        assertViolations(new Violation("status", "must be one of published, retired"), new Violation("status", "is required"));
    }

    @Test
    void keepsDatesWithinTheYearsThatBothIsoAndPostgresqlHold() {
        checks.date("start", LocalDate.of(1, 1, 1));
        checks.date("end", LocalDate.of(9999, 12, 31));
        checks.date("start", null);
        checks.date("start", LocalDate.of(0, 12, 31));
        checks.date("end", LocalDate.of(10_000, 1, 1));
        assertViolations(new Violation("start", "must lie between years 1 and 9999"), new Violation("end", "must lie between years 1 and 9999"));
    }

    @Test
    void boundsTheDigitsOfADecimal() {
        String bound = "must have at most 1000 digits before and after the decimal point";
        checks.decimal("value", new BigDecimal("9".repeat(1000) + "." + "9".repeat(1000)));
        checks.decimal("value", null);
        checks.decimal("value", new BigDecimal("1" + "0".repeat(1000)));
        checks.decimal("value", new BigDecimal("0." + "0".repeat(1000) + "1"));
        checks.decimal("value", new BigDecimal("1E+1000"));
        assertViolations(new Violation("value", bound), new Violation("value", bound), new Violation("value", bound));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/page", "http://example.org", "example.org", "en.people.cn/n3/2021/0716/c90000-9872941.html"})
    void acceptsAWebAddressWithOrWithoutItsScheme(String address) {
        checks.webAddress("retrievedFrom", address);
        assertViolations();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "not an address", "https://", "ftp://example.org/file", "example .org"})
    void refusesWhatIsNoWebAddress(String address) {
        checks.webAddress("retrievedFrom", address);
        assertViolations(new Violation("retrievedFrom", "must be a web address such as https://example.org/page"));
    }

    @Test
    void looksUpAReferenceThatCanExist() {
        checks.exists("source", "nowhere", id -> false);
        checks.exists("metric", "land.forest-coverage", code -> true);
        checks.exists("region", null, any -> fail());
        assertViolations(new Violation("source", "'nowhere' does not exist"));
    }

    @Test
    void neverLooksUpAValueAlreadyFoundInvalid() {
        checks.at("facts", 0).required("source", "x".repeat(101), 100);
        checks.exists("source", "x".repeat(101), id -> fail());
        checks.exists("metric", "a\u0000b", code -> fail());
        var first = new Entry("facts", 0);
        assertViolations(new Violation("facts[0].source", "must be at most 100 characters", first),
                new Violation("facts[0].metric", "must not contain the NUL character", first));
    }

    private static boolean fail() {
        throw new AssertionError("looked up a value that no row can have");
    }
}
