package org.carbonmarket.api.v1;

import java.time.LocalDate;
import org.carbonmarket.fact.MetricRegion;
import org.carbonmarket.http.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MetricRegion", description = "A region with published facts of the metric: how many, and the days their "
        + "periods span. Its series is /api/v1/metrics/{code}/series?region={region}.")
public record MetricRegionResponse(
        @Schema(examples = "CN") String region,
        @Schema(nullable = true, description = "In the language Accept-Language asks for (English or Simplified Chinese); "
                + "null for a code the regions catalogue does not hold.", examples = "China") String name,
        @Schema(description = "How many published facts of the metric name the region, from every source.", examples = "4")
        long facts,
        @Schema(description = "The first day their periods cover: the earliest start (a period open at its start counts by "
                + "its end).", examples = "2021-12-31") LocalDate firstDay,
        @Schema(description = "The last day their periods cover: the latest end (a period open at its end counts by its "
                + "start).", examples = "2024-12-31") LocalDate lastDay) {

    static MetricRegionResponse from(MetricRegion region, Language language) {
        return new MetricRegionResponse(region.code(), language.pick(region.name(), region.nameZh()), region.facts(),
                region.firstDay(), region.lastDay());
    }
}
