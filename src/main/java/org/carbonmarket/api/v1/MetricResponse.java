package org.carbonmarket.api.v1;

import java.time.Instant;
import org.carbonmarket.curation.Status;
import org.carbonmarket.http.Language;
import org.carbonmarket.http.Versions;
import org.carbonmarket.metric.MetricDetails;
import org.carbonmarket.metric.MetricKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Metric", description = "What is measured; facts are its published values.")
public record MetricResponse(
        @Schema(description = "Stable code.", examples = "ets.coverage.annual-emissions") String code,
        @Schema(description = "In the language Accept-Language asks for (English or Simplified Chinese).",
                examples = "Annual CO2 emissions covered by the national carbon market") String name,
        @Schema(description = "In the language Accept-Language asks for.") String description,
        @Schema(description = "Code of the metric's topic.", examples = "carbon-market") String topic,
        @Schema(description = "Canonical unit.", examples = "t CO2/year") String unit,
        MetricKind kind,
        Status status,
        @Schema(description = "Version, starting at 0; the ETag is this number quoted.", examples = "0") long version,
        Instant createdAt,
        Instant updatedAt) implements Versions.Versioned {

    static MetricResponse from(MetricDetails metric, Language language) {
        var stamp = metric.stamp();
        return new MetricResponse(metric.code(), language.pick(metric.name(), metric.nameZh()),
                language.pick(metric.description(), metric.descriptionZh()), metric.topic(), metric.unit(), metric.kind(),
                stamp.status(), stamp.version(), stamp.createdAt(), stamp.updatedAt());
    }
}
