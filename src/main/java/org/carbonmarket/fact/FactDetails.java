package org.carbonmarket.fact;

import java.math.BigDecimal;
import java.util.UUID;
import org.carbonmarket.curation.Stamp;

/** A fact as reads show it, with the names of its metric and source, mapped inside the transaction that read it. */
public record FactDetails(UUID id, String metric, String metricName, String metricNameZh, String topic, BigDecimal value,
        String valueText, String unit, Qualifier qualifier, BigDecimal roundedTo, String region, TimeKind time, Period period,
        String baseline, String scope, String source, String sourceTitle, String quote, String locator, String note,
        String retiredReason, Stamp stamp) {

    static FactDetails of(Fact fact) {
        var metric = fact.getMetric();
        var source = fact.getSource();
        return new FactDetails(fact.getId(), metric.getCode(), metric.getName(), metric.getNameZh(), metric.getTopic().getCode(),
                fact.getValue(), fact.getValueText(), fact.getUnit(), fact.getQualifier(), fact.getRoundedTo(), fact.getRegion(),
                fact.getTime(), fact.getPeriod(), fact.getBaseline(), fact.getScope(), source.getId(), source.getTitle(),
                fact.getQuote(), fact.getLocator(), fact.getNote(),
                fact.getRetiredReason(), Stamp.of(fact));
    }
}
