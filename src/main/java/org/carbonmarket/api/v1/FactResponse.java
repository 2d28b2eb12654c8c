package org.carbonmarket.api.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.carbonmarket.curation.Status;
import org.carbonmarket.fact.FactDetails;
import org.carbonmarket.fact.Period;
import org.carbonmarket.fact.PeriodPrecision;
import org.carbonmarket.fact.Qualifier;
import org.carbonmarket.fact.TimeKind;
import org.carbonmarket.http.Versions;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Fact", description = "One published value of a metric, with the verbatim quote that states it.")
public record FactResponse(
        @Schema(description = "Stable public id.") UUID id,
        MetricRef metric,
        @Schema(description = "Code of the metric's topic.", examples = "carbon-market") String topic,
        @Schema(nullable = true, description = "The value exactly as published, as a plain decimal; null for a text fact.",
                examples = "4500000000") BigDecimal value,
        @Schema(nullable = true, description = "The value of a text fact (\"1+N+4\", \"achieved\"); null for a number.") String valueText,
        @Schema(description = "Unit as published, or as asked for with `unit`.", examples = "t CO2/year") String unit,
        @Schema(description = "How the value relates to the truth: \"about 4.5 billion\" is `about`.") Qualifier qualifier,
        @Schema(nullable = true, description = "The step the published value was rounded to (\"212 million\": 1000000), as "
                + "published; null when it is exact as counted.", examples = "100000000") BigDecimal roundedTo,
        @Schema(description = "ISO 3166 code.", examples = "CN") String region,
        @Schema(description = "What the period means: a `state` holds at a time within it, a `flow` is an amount over it, "
                + "a `change` is measured over it from its baseline.") TimeKind time,
        PeriodResponse period,
        @Schema(nullable = true, description = "What a change is measured against, where the source names it.", examples = "2005")
        String baseline,
        @Schema(nullable = true, description = "What the figure covers, where figures of the metric differ in it.",
                examples = "power generation sector, allowance year 2023") String scope,
        SourceRef source,
        @Schema(description = "The source's words that state the value, verbatim.") String quote,
        @Schema(description = "Where in the source the quote stands.") String locator,
        @Schema(nullable = true, description = "A curator's remark on how the quote was read.") String note,
        Status status,
        @Schema(nullable = true, description = "Why the fact was retired; null while published.") String retiredReason,
        @Schema(description = "Version, starting at 0; the ETag is this number quoted.", examples = "0") long version,
        Instant createdAt,
        Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Only when `unit` converted the value: the value and unit as published.")
        Conversion conversion) implements Versions.Versioned {

    @Schema(name = "Conversion")
    public record Conversion(
            @Schema(description = "The value as the source published it.", examples = "4500000000") BigDecimal publishedValue,
            @Schema(examples = "t CO2/year") String publishedUnit,
            @Schema(description = "False when the converted decimal was rounded to 34 significant digits (e.g. mu to km²).")
            boolean exact) {
    }

    @Schema(name = "MetricRef")
    public record MetricRef(@Schema(examples = "ets.coverage.annual-emissions") String code, String name) {
    }

    @Schema(name = "SourceRef")
    public record SourceRef(@Schema(examples = "mee-qiushi-ecological-civilization") String id, String title) {
    }

    @Schema(name = "Period", description = "When the fact holds: for a state, the range its reference time lies in; for a "
            + "flow or a change, the span it covers. Dates are inclusive; an end is open only where the source gives none.")
    public record PeriodResponse(
            @Schema(nullable = true, examples = "2022-01-01") LocalDate start,
            @Schema(nullable = true, examples = "2023-12-31") LocalDate end,
            @Schema(description = "How much of the dates the source states.") PeriodPrecision precision,
            @Schema(nullable = true) String label,
            @Schema(description = "True when the source states no date and the dates were inferred.") boolean inferred,
            @Schema(nullable = true, description = "How the dates were inferred.") String basis) {

        static PeriodResponse of(Period period) {
            return new PeriodResponse(period.start(), period.end(), period.precision(), period.label(), period.inferred(),
                    period.basis());
        }
    }

    static FactResponse from(FactDetails fact, View view) {
        var period = fact.period();
        BigDecimal value = fact.value();
        String unit = fact.unit();
        Conversion conversion = null;
        if (view.unit() != null && value != null) {
            var converted = view.convert(value, unit);
            conversion = new Conversion(value, unit, converted.exact());
            value = converted.value();
            unit = converted.unit();
        }
        var stamp = fact.stamp();
        return new FactResponse(fact.id(),
                new MetricRef(fact.metric(), view.language().pick(fact.metricName(), fact.metricNameZh())),
                fact.topic(), value, fact.valueText(), unit, fact.qualifier(), fact.roundedTo(), fact.region(), fact.time(),
                PeriodResponse.of(period), fact.baseline(), fact.scope(), new SourceRef(fact.source(), fact.sourceTitle()),
                fact.quote(), fact.locator(), fact.note(), stamp.status(), fact.retiredReason(),
                stamp.version(), stamp.createdAt(), stamp.updatedAt(), conversion);
    }
}
