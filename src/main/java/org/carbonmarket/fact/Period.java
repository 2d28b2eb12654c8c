package org.carbonmarket.fact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * When a fact holds: a day (start = end) or a span; a span open at one end ("since 2012") only where the source
 * gives no end. Dates are inclusive; {@code precision} says how much of them the source states. For a state the
 * period is the range its reference time lies in. {@code inferred} says the source states no date, and
 * {@code basis} how the dates were inferred.
 */
@Embeddable
public record Period(
        @Column(name = "period_start") LocalDate start,
        @Column(name = "period_end") LocalDate end,
        @Column(name = "period_precision") PeriodPrecision precision,
        @Column(name = "period_label") String label,
        @Column(name = "period_inferred") boolean inferred,
        @Column(name = "period_basis") String basis) {
}
