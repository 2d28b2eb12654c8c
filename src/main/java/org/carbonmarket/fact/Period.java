package org.carbonmarket.fact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * When a fact holds: a point in time (start = end), a span, or a span open at one end
 * ("since 2012"). Dates are inclusive; {@code precision} says how much of them the source states.
 */
@Embeddable
public record Period(
        @Column(name = "period_start") LocalDate start,
        @Column(name = "period_end") LocalDate end,
        @Column(name = "period_precision") PeriodPrecision precision,
        @Column(name = "period_label") String label) {
}
