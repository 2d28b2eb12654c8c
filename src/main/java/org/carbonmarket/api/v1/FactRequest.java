package org.carbonmarket.api.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.carbonmarket.common.Checks;
import org.carbonmarket.fact.FactDraft;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A fact as a curator creates or replaces it; the id, version, timestamps and author are the server's. */
@Schema(name = "FactRequest", description = "A fact to create or the full new state of one to replace.")
public record FactRequest(
        @Schema(required = true, examples = "ets.coverage.annual-emissions") String metric,
        @Schema(required = true, examples = "mee-qiushi-ecological-civilization") String source,
        @Schema(nullable = true, description = "Exact decimal as published; give this or valueText.", examples = "4500000000") BigDecimal value,
        @Schema(nullable = true, description = "For a text fact; give this or value.") String valueText,
        @Schema(required = true, maxLength = 50, examples = "t CO2/year") String unit,
        @Schema(required = true, enumeration = {"exact", "about", "more_than", "at_least", "less_than", "up_to"},
                examples = "about") String qualifier,
        @Schema(nullable = true, description = "The step the published value was rounded to: 100000000 for \"4.5 billion\", "
                + "0.01 for 24.02; absent when it is exact as counted.", examples = "100000000") BigDecimal roundedTo,
        @Schema(required = true, pattern = Checks.REGION_REGEX, examples = "CN") String region,
        @Schema(required = true, enumeration = {"state", "flow", "change"}, description = "What the period means: a state holds "
                + "at a time within it, a flow is an amount over it, a change is measured over it from its baseline.",
                examples = "state") String time,
        @Schema(required = true) PeriodRequest period,
        @Schema(nullable = true, description = "What a change is measured against.", examples = "2005") String baseline,
        @Schema(nullable = true, description = "What the figure covers, where figures of the metric differ in it.",
                examples = "power generation sector, allowance year 2023") String scope,
        @Schema(required = true, description = "The source's words, verbatim.") String quote,
        @Schema(required = true, description = "Where in the source the quote stands.", examples = "Part 5, paragraph 2") String locator,
        @Schema(nullable = true) String note,
        @Schema(required = true, description = "Why this change is made; kept in the revision history.",
                examples = "Corrected the unit to match the source") String comment) implements CuratedRequest<FactDraft> {

    @Schema(name = "PeriodRequest")
    public record PeriodRequest(
            @Schema(nullable = true, examples = "2021-01-01") LocalDate start,
            @Schema(nullable = true) LocalDate end,
            @Schema(required = true, enumeration = {"day", "month", "year"}, examples = "year") String precision,
            @Schema(nullable = true) String label,
            @Schema(nullable = true, description = "True when the source states no date and the period was inferred; "
                    + "absent means stated.") Boolean inferred,
            @Schema(nullable = true, description = "How the dates were inferred; required when inferred.") String basis) {
    }

    @Override
    public FactDraft toDraft() {
        var draftPeriod = period == null ? null
                : new FactDraft.PeriodDraft(period.start(), period.end(), period.precision(), period.label(), period.inferred(),
                        period.basis());
        return new FactDraft(null, metric, source, value, valueText, unit, qualifier, roundedTo, region, time, draftPeriod, baseline,
                scope, quote, locator, note);
    }
}
