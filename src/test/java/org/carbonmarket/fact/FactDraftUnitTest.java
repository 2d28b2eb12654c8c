package org.carbonmarket.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.carbonmarket.common.Checks;
import org.carbonmarket.common.InvalidRequestException.Violation;
import org.junit.jupiter.api.Test;

/** What a fact must state before it is stored: every missing or malformed field, named as the request names it. */
class FactDraftUnitTest {

    private static final FactDraft.PeriodDraft YEAR_2024 = new FactDraft.PeriodDraft(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "year", "2024", false, null);
    private static final FactDraft GOOD = new FactDraft(null, "air.good-days-share", "mee-qiushi-ecological-civilization", new BigDecimal("86.5"), null, "%", "exact", null, "CN", "state", YEAR_2024, null, null, "Good days made up 86.5% of the year.", "p. 3", null);

    private static List<Violation> violations(FactDraft fact) {
        var checks = new Checks();
        fact.check(checks);
        return checks.violations();
    }

    private static FactDraft withPeriod(FactDraft.PeriodDraft period) {
        return new FactDraft(null, GOOD.metric(), GOOD.source(), GOOD.value(), null, GOOD.unit(), GOOD.qualifier(), null, GOOD.region(), "state", period, null, null, GOOD.quote(), GOOD.locator(), null);
    }

    @Test
    void acceptsACompleteFact() {
        assertEquals(List.of(), violations(GOOD));
        assertEquals(List.of(), violations(new FactDraft(null, "law.legal-system", "s", null, "\"1+N+4\"", "system", "about", null, "CN-BJ", "state", new FactDraft.PeriodDraft(null, LocalDate.of(2022, 10, 16), "day", null, false, null), "2012", null, "q", "l", "n")));
    }

    @Test
    void namesEveryMissingFieldAtOnce() {
        var empty = new FactDraft(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertEquals(List.of(new Violation("metric", "is required"), new Violation("source", "is required"),
                new Violation("value", "exactly one of value and valueText is required"), new Violation("unit", "is required"),
                new Violation("qualifier", "is required"), new Violation("region", "is required"), new Violation("time", "is required"),
                new Violation("period", "is required"),
                new Violation("quote", "is required"), new Violation("locator", "is required")), violations(empty));
    }

    @Test
    void takesEitherAValueOrATextNeverBoth() {
        var both = new FactDraft(null, GOOD.metric(), GOOD.source(), BigDecimal.ONE, "one", "%", "exact", null, "CN", "state", YEAR_2024, null, null, "q", "l", null);
        assertEquals(List.of(new Violation("value", "exactly one of value and valueText is required")), violations(both));
    }

    @Test
    void refusesAnUnknownQualifierOrRegion() {
        var fact = new FactDraft(null, GOOD.metric(), GOOD.source(), GOOD.value(), null, "%", "roughly", null, "China", "state", YEAR_2024, null, null, "q", "l", null);
        assertEquals(List.of(new Violation("qualifier", "must be one of exact, about, more_than, at_least, less_than, up_to"),
                new Violation("region", "must match " + Checks.REGION_REGEX)), violations(fact));
    }

    @Test
    void checksThePeriodFieldByField() {
        assertEquals(List.of(new Violation("period.precision", "must be one of day, month, year"),
                        new Violation("period", "needs a start, an end or both")),
                violations(withPeriod(new FactDraft.PeriodDraft(null, null, "decade", null, false, null))));
        assertEquals(List.of(new Violation("period", "start must not be after end")),
                violations(withPeriod(new FactDraft.PeriodDraft(LocalDate.of(2024, 12, 31), LocalDate.of(2024, 1, 1), "year", null, false, null))));
        assertEquals(List.of(new Violation("period.start", "must lie between years 1 and 9999"),
                        new Violation("period.label", "must be at most 1000 characters")),
                violations(withPeriod(new FactDraft.PeriodDraft(LocalDate.of(0, 1, 1), null, "year", "x".repeat(1001), false, null))));
    }

    @Test
    void keysTheFactBySourceMetricRegionAndPeriod() {
        assertEquals("mee-qiushi-ecological-civilization|air.good-days-share|CN|2024-01-01|2024-12-31", GOOD.key());
        assertEquals(FactIdentity.of(GOOD.key(), 0), GOOD.firstIdentity());
    }
}
