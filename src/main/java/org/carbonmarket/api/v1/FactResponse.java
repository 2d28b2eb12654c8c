package org.carbonmarket.api.v1;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.carbonmarket.fact.Fact;
import org.carbonmarket.common.Status;
import org.carbonmarket.fact.PeriodPrecision;
import org.carbonmarket.fact.Qualifier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Fact", description = "One published value of a metric, with the verbatim quote that states it.")
public record FactResponse(
        @Schema(description = "Stable public id.") UUID id,
        MetricRef metric,
        @Schema(description = "Code of the metric's topic.", examples = "carbon-market") String topic,
        @Schema(description = "The value exactly as published, as a plain decimal; null for a text fact.",
                examples = "4500000000") BigDecimal value,
        @Schema(description = "The value of a text fact (\"1+N+4\", \"achieved\"); null for a number.") String valueText,
        @Schema(description = "Unit as published.", examples = "t CO2/year") String unit,
        @Schema(description = "How the value relates to the truth: \"about 4.5 billion\" is `about`.") Qualifier qualifier,
        @Schema(description = "ISO 3166 code.", examples = "CN") String region,
        PeriodResponse period,
        @Schema(description = "What a change is measured against, where the source names it.", examples = "2005")
        String baseline,
        SourceRef source,
        @Schema(description = "The source's words that state the value, verbatim.") String quote,
        @Schema(description = "Where in the source the quote stands.") String locator,
        @Schema(description = "A curator's remark on how the quote was read.") String note,
        Status status,
        @Schema(description = "Why the fact was retired; null while published.") String retiredReason,
        @Schema(description = "Version, starting at 0; the ETag is this number quoted.", examples = "0") long version,
        Instant createdAt,
        Instant updatedAt) {

    @Schema(name = "MetricRef")
    public record MetricRef(@Schema(examples = "ets.coverage.annual-emissions") String code, String name) {
    }

    @Schema(name = "SourceRef")
    public record SourceRef(@Schema(examples = "mee-qiushi-ecological-civilization") String id, String title) {
    }

    @Schema(name = "Period", description = "When the fact holds; dates are inclusive and either end may be open.")
    public record PeriodResponse(
            @Schema(examples = "2021-01-01") LocalDate start,
            LocalDate end,
            @Schema(description = "How much of the dates the source states.") PeriodPrecision precision,
            String label) {
    }

    static FactResponse from(Fact fact) {
        var metric = fact.getMetric();
        var source = fact.getSource();
        var period = fact.getPeriod();
        return new FactResponse(fact.getId(),
                new MetricRef(metric.getCode(), metric.getName()),
                metric.getTopic().getCode(),
                fact.getValue(), fact.getValueText(), fact.getUnit(), fact.getQualifier(), fact.getRegion(),
                new PeriodResponse(period.start(), period.end(), period.precision(), period.label()),
                fact.getBaseline(),
                new SourceRef(source.getId(), source.getTitle()),
                fact.getQuote(), fact.getLocator(), fact.getNote(), fact.getStatus(), fact.getRetiredReason(),
                fact.getVersion(), fact.getCreatedAt(), fact.getUpdatedAt());
    }
}
