package org.carbonmarket.api.v1;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.carbonmarket.http.Language;
import org.carbonmarket.market.Market;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Market", description = "A carbon market at a glance: each indicator is the latest published fact of its metric.")
public record MarketResponse(
        @Schema(examples = "cn-ets") String id,
        @Schema(examples = "China national emissions trading scheme") String name,
        @Schema(examples = "CN") String region,
        @Schema(description = "Indicators by name (launchDate, latestClosingPrice, cumulativeVolume, cumulativeTurnover, "
                + "coveredEmissions, entities, coverageShare); null where no fact exists yet.")
        Map<String, Indicator> indicators,
        @Schema(description = "True when the indicators describe different scopes (sectors covered, allowance years): they "
                + "stand side by side but must not be combined, e.g. one year's covered emissions with a later coverage share.")
        boolean scopesDiffer) {

    @Schema(name = "MarketIndicator")
    public record Indicator(
            @Schema(examples = "ets.price.close-year-end") String metric,
            @Schema(nullable = true, examples = "97.49") java.math.BigDecimal value,
            @Schema(nullable = true) String valueText,
            @Schema(examples = "CNY/t") String unit,
            org.carbonmarket.fact.Qualifier qualifier,
            @Schema(description = "The date the value holds at: its period's end, or its start when open-ended.",
                    examples = "2024-12-31") LocalDate asOf,
            @Schema(nullable = true, description = "What the figure covers (sectors, allowance year), as its fact says.",
                    examples = "2023 allowance year") String scope,
            @Schema(description = "The fact behind the value.") java.util.UUID factId,
            FactResponse.SourceRef source) {

        static Indicator of(FactResponse fact) {
            var period = fact.period();
            return new Indicator(fact.metric().code(), fact.value(), fact.valueText(), fact.unit(), fact.qualifier(),
                    period.end() != null ? period.end() : period.start(), fact.scope(), fact.id(), fact.source());
        }
    }

    static MarketResponse of(Market market, Language language, Map<String, Indicator> indicators) {
        long scopes = indicators.values().stream().filter(Objects::nonNull).map(Indicator::scope).filter(Objects::nonNull).distinct().count();
        return new MarketResponse(market.id(), language.pick(market.name(), market.nameZh()), market.region(), indicators, scopes > 1);
    }
}
