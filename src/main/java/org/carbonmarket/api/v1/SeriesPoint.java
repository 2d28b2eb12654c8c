package org.carbonmarket.api.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.UUID;
import org.carbonmarket.fact.FactDetails;
import org.carbonmarket.fact.Qualifier;
import org.carbonmarket.fact.TimeKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One point of a metric's series: a period, its value and the fact and source it comes from. */
@Schema(name = "SeriesPoint", description = "One point of a series: one period, its value, and the fact and source behind it.")
public record SeriesPoint(
        TimeKind time,
        FactResponse.PeriodResponse period,
        @Schema(nullable = true, description = "Exact decimal; null for a text fact.", examples = "97.49") BigDecimal value,
        @Schema(nullable = true) String valueText,
        @Schema(examples = "CNY/t") String unit,
        Qualifier qualifier,
        @Schema(nullable = true, description = "The step the published value was rounded to.") BigDecimal roundedTo,
        @Schema(nullable = true, description = "What a change is measured against; every point of a series has the same.",
                examples = "2005") String baseline,
        @Schema(nullable = true, description = "What the figure covers.") String scope,
        @Schema(description = "The fact this point is.") UUID factId,
        FactResponse.SourceRef source,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Only when `unit` converted the value.") FactResponse.Conversion conversion) {

    static SeriesPoint from(FactDetails fact, View view) {
        FactResponse full = FactResponse.from(fact, view);
        return new SeriesPoint(full.time(), full.period(), full.value(), full.valueText(), full.unit(), full.qualifier(),
                full.roundedTo(), full.baseline(), full.scope(), full.id(), full.source(), full.conversion());
    }
}
