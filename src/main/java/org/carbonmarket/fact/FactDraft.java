package org.carbonmarket.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.carbonmarket.common.Checks;
import org.carbonmarket.common.CodedEnum;
import org.carbonmarket.curation.Draft;
import org.carbonmarket.metric.Metric;
import org.carbonmarket.source.Source;

/**
 * The writable fields of a fact, as curators, bulk imports and dataset files give them. {@code id} is given by
 * shipped datasets alone, for a fact whose key (source, metric, region, period) a later revision of its file
 * changed: the id it was first published with, which it keeps on every database.
 */
public record FactDraft(
        UUID id,
        String metric,
        String source,
        BigDecimal value,
        String valueText,
        String unit,
        String qualifier,
        BigDecimal roundedTo,
        String region,
        String time,
        PeriodDraft period,
        String baseline,
        String scope,
        String quote,
        String locator,
        String note) implements Draft {

    /** {@code inferred}: the source states no date (absent: stated); {@code basis} says how the dates were inferred. */
    public record PeriodDraft(LocalDate start, LocalDate end, String precision, String label, Boolean inferred, String basis) {

        public PeriodDraft {
            inferred = Boolean.TRUE.equals(inferred);
        }
    }

    /** The fields of a stored fact, without its id: what a write compares with to tell whether it changes anything. */
    public static FactDraft of(Fact fact) {
        Period period = fact.getPeriod();
        return new FactDraft(null, fact.getMetric().getCode(), fact.getSource().getId(), fact.getValue(), fact.getValueText(),
                fact.getUnit(), fact.getQualifier().code(), fact.getRoundedTo(), fact.getRegion(), fact.getTime().code(),
                new PeriodDraft(period.start(), period.end(), period.precision().code(), period.label(), period.inferred(),
                        period.basis()),
                fact.getBaseline(), fact.getScope(), fact.getQuote(), fact.getLocator(), fact.getNote());
    }

    /**
     * The id a new fact of this draft gets unless an earlier fact took it: the pinned {@code id}, or the first id
     * of its key (see {@link FactIdentity}).
     */
    public UUID firstIdentity() {
        return id != null ? id : FactIdentity.of(key(), 0);
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
        checks.that("roundedTo", roundedTo == null || roundedTo.signum() > 0, "must be positive: the step the value was rounded to");
        checks.decimal("roundedTo", roundedTo);
        checks.matches("region", region, Checks.REGION, 10);
        checks.oneOf("time", time, TimeKind.class);
        if (checks.notNull("period", period)) {
            checks.oneOf("period.precision", period.precision(), PeriodPrecision.class);
            checks.date("period.start", period.start());
            checks.date("period.end", period.end());
            checks.that("period", period.start() != null || period.end() != null, "needs a start, an end or both");
            checks.that("period", period.start() == null || period.end() == null || !period.start().isAfter(period.end()),
                    "start must not be after end");
            checks.optional("period.label", period.label(), 1000);
            checks.that("period.basis", !period.inferred() || period.basis() != null && !period.basis().isBlank(),
                    "is required when the period is inferred: say how the dates were inferred");
            checks.optional("period.basis", period.basis(), Checks.TEXT_MAX);
        }
        checks.optional("baseline", baseline, 1000);
        checks.optional("scope", scope, 1000);
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
        fact.setRoundedTo(roundedTo);
        fact.setRegion(region);
        fact.setTime(CodedEnum.fromCode(TimeKind.class, time));
        fact.setPeriod(new Period(period.start(), period.end(),
                CodedEnum.fromCode(PeriodPrecision.class, period.precision()), period.label(), period.inferred(), period.basis()));
        fact.setBaseline(baseline);
        fact.setScope(scope);
        fact.setQuote(quote);
        fact.setLocator(locator);
        fact.setNote(note);
    }
}
