package org.carbonmarket.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.carbonmarket.common.Checks;
import org.carbonmarket.common.CodedEnum;
import org.carbonmarket.curation.Draft;
import org.carbonmarket.metric.Metric;
import org.carbonmarket.source.Source;

/** The writable fields of a fact, as curators, bulk imports and dataset files give them. */
public record FactDraft(
        String metric,
        String source,
        BigDecimal value,
        String valueText,
        String unit,
        String qualifier,
        String region,
        PeriodDraft period,
        String baseline,
        String quote,
        String locator,
        String note) implements Draft {

    public record PeriodDraft(LocalDate start, LocalDate end, String precision, String label) {
    }

    public static FactDraft of(Fact fact) {
        Period period = fact.getPeriod();
        return new FactDraft(fact.getMetric().getCode(), fact.getSource().getId(), fact.getValue(), fact.getValueText(),
                fact.getUnit(), fact.getQualifier().code(), fact.getRegion(),
                new PeriodDraft(period.start(), period.end(), period.precision().code(), period.label()),
                fact.getBaseline(), fact.getQuote(), fact.getLocator(), fact.getNote());
    }

    /** The first id of its key, which a new fact gets unless an earlier fact of the key took it (see {@link FactIdentity}). */
    public UUID firstIdentity() {
        return FactIdentity.of(key(), 0);
    }

    /** Its source, metric, region and period as one string (see {@link FactIdentity#key}). */
    public String key() {
        return FactIdentity.key(source, metric, region, period.start(), period.end());
    }

    @Override
    public void check(Checks checks) {
        checks.required("metric", metric, 100);
        checks.required("source", source, 100);
        checks.that("value", (value == null) != (valueText == null), "exactly one of value and valueText is required");
        checks.decimal("value", value);
        checks.optional("valueText", valueText, 1000);
        checks.required("unit", unit, 50);
        checks.oneOf("qualifier", qualifier, Qualifier.class);
        checks.matches("region", region, Checks.REGION, 10);
        if (checks.notNull("period", period)) {
            checks.oneOf("period.precision", period.precision(), PeriodPrecision.class);
            checks.date("period.start", period.start());
            checks.date("period.end", period.end());
            checks.that("period", period.start() != null || period.end() != null, "needs a start, an end or both");
            checks.that("period", period.start() == null || period.end() == null || !period.start().isAfter(period.end()),
                    "start must not be after end");
            checks.optional("period.label", period.label(), 1000);
        }
        checks.optional("baseline", baseline, 1000);
        checks.required("quote", quote, Checks.TEXT_MAX);
        checks.required("locator", locator, 1000);
        checks.optional("note", note, Checks.TEXT_MAX);
    }

    /** Copies every field onto the fact. Call after {@link #check} found nothing. */
    public void applyTo(Fact fact, Metric metricEntity, Source sourceEntity) {
        fact.setMetric(metricEntity);
        fact.setSource(sourceEntity);
        fact.setValue(value);
        fact.setValueText(valueText);
        fact.setUnit(unit);
        fact.setQualifier(CodedEnum.fromCode(Qualifier.class, qualifier));
        fact.setRegion(region);
        fact.setPeriod(new Period(period.start(), period.end(),
                CodedEnum.fromCode(PeriodPrecision.class, period.precision()), period.label()));
        fact.setBaseline(baseline);
        fact.setQuote(quote);
        fact.setLocator(locator);
        fact.setNote(note);
    }
}
