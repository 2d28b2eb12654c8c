package org.carbonmarket.api.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.UUID;
import org.carbonmarket.fact.FactDetails;
import org.carbonmarket.fact.Qualifier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One point of a metric's series: a period, its value and the fact and source it comes from. */
@Schema(name = "SeriesPoint", description = "One point of a series: one period, its value, and the fact and source behind it.")
public record SeriesPoint(
        FactResponse.PeriodResponse period,
        @Schema(nullable = true, description = "Exact decimal; null for a text fact.", examples = "97.49") BigDecimal value,
        @Schema(nullable = true) String valueText,
        @Schema(examples = "CNY/t") String unit,
        Qualifier qualifier,
        @Schema(description = "The fact this point is.") UUID factId,
        FactResponse.SourceRef source,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Only when `unit` converted the value.") FactResponse.Conversion conversion) {

    static SeriesPoint from(FactDetails fact, View view) {
        FactResponse full = FactResponse.from(fact, view);
        return new SeriesPoint(full.period(), full.value(), full.valueText(), full.unit(), full.qualifier(), full.id(),
                full.source(), full.conversion());
    }
}
