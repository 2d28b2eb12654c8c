package org.carbonmarket.metric;

import org.carbonmarket.curation.Stamp;

/** A metric as reads show it, mapped inside the transaction that read it. */
public record MetricDetails(String code, String name, String nameZh, String description, String descriptionZh, String topic,
        String unit, MetricKind kind, Stamp stamp) {

    static MetricDetails of(Metric metric) {
        return new MetricDetails(metric.getCode(), metric.getName(), metric.getNameZh(), metric.getDescription(),
                metric.getDescriptionZh(), metric.getTopic().getCode(), metric.getUnit(), metric.getKind(), Stamp.of(metric));
    }
}
