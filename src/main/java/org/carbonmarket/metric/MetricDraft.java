package org.carbonmarket.metric;

import java.util.regex.Pattern;
import org.carbonmarket.common.Checks;
import org.carbonmarket.common.CodedEnum;
import org.carbonmarket.curation.Draft;
import org.carbonmarket.topic.Topic;

/** The writable fields of a metric, as curators and dataset files give them; the Chinese name and description are optional. */
public record MetricDraft(String code, String name, String description, String topic, String unit, String kind,
        String nameZh, String descriptionZh) implements Draft {

    public static final Pattern CODE = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

    public static MetricDraft of(Metric metric) {
        return new MetricDraft(metric.getCode(), metric.getName(), metric.getDescription(), metric.getTopic().getCode(),
                metric.getUnit(), metric.getKind().code(), metric.getNameZh(), metric.getDescriptionZh());
    }

    @Override
    public void check(Checks checks) {
        checks.matches("code", code, CODE, 100);
        checks.required("name", name, 200);
        checks.required("description", description, Checks.TEXT_MAX);
        checks.matches("topic", topic, Checks.SLUG, 64);
        checks.required("unit", unit, 50);
        checks.oneOf("kind", kind, MetricKind.class);
        checks.optional("nameZh", nameZh, 200);
        checks.optional("descriptionZh", descriptionZh, Checks.TEXT_MAX);
    }

    /** Copies every field but the code, which never changes. Call after {@link #check} found nothing. */
    public void applyTo(Metric metric, Topic topicEntity) {
        metric.setName(name);
        metric.setDescription(description);
        metric.setTopic(topicEntity);
        metric.setUnit(unit);
        metric.setKind(CodedEnum.fromCode(MetricKind.class, kind));
        metric.setNameZh(nameZh);
        metric.setDescriptionZh(descriptionZh);
    }
}
