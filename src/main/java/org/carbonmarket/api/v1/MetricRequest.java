package org.carbonmarket.api.v1;

import org.carbonmarket.metric.MetricDraft;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A metric as a curator creates or replaces it. */
@Schema(name = "MetricRequest", description = "A metric to create or the full new state of one to replace; its code never changes.")
public record MetricRequest(
        @Schema(required = true, maxLength = 100, pattern = "^[a-z0-9]+([.-][a-z0-9]+)*$", examples = "ets.price.close-year-end")
        String code,
        @Schema(required = true, maxLength = 200, examples = "Closing price on the last trading day of the year") String name,
        @Schema(required = true) String description,
        @Schema(required = true, examples = "carbon-market") String topic,
        @Schema(required = true, maxLength = 50, examples = "CNY/t") String unit,
        @Schema(required = true, enumeration = {"quantity", "share", "count", "rank", "date", "text"}, examples = "quantity")
        String kind,
        @Schema(nullable = true, description = "The name in Simplified Chinese.", maxLength = 200, examples = "年末收盘价") String nameZh,
        @Schema(nullable = true, description = "The description in Simplified Chinese.") String descriptionZh,
        @Schema(required = true, description = "Why this change is made; kept in the revision history.") String comment) implements CuratedRequest<MetricDraft> {

    @Override
    public MetricDraft toDraft() {
        return new MetricDraft(code, name, description, topic, unit, kind, nameZh, descriptionZh);
    }
}
