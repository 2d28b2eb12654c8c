package org.carbonmarket.fact;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.util.UUID;
import org.carbonmarket.curation.Curated;
import org.carbonmarket.metric.Metric;
import org.carbonmarket.source.Source;

/** One published value of a metric, with the verbatim quote of the source that states it. */
@Entity
public class Fact extends Curated {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "metric_code")
    private Metric metric;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private Source source;

    private BigDecimal value;

    @Column(name = "value_text")
    private String valueText;

    private String unit;

    private Qualifier qualifier;

    @Column(name = "rounded_to")
    private BigDecimal roundedTo;

    private String region;

    @Column(name = "time_kind")
    private TimeKind time;

    @Embedded
    private Period period;

    private String baseline;

    private String scope;

    private String quote;

    private String locator;

    private String note;

    @Column(name = "retired_reason")
    private String retiredReason;

    protected Fact() {
    }

    public Fact(UUID id) {
        this.id = id;
    }

    public UUID getId() {
        return id;
    }

    public Metric getMetric() {
        return metric;
    }

    public void setMetric(Metric metric) {
        this.metric = metric;
    }

    public Source getSource() {
        return source;
    }

    public void setSource(Source source) {
        this.source = source;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getValueText() {
        return valueText;
    }

    public void setValueText(String valueText) {
        this.valueText = valueText;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Qualifier getQualifier() {
        return qualifier;
    }

    public void setQualifier(Qualifier qualifier) {
        this.qualifier = qualifier;
    }

    public BigDecimal getRoundedTo() {
        return roundedTo;
    }

    public void setRoundedTo(BigDecimal roundedTo) {
        this.roundedTo = roundedTo;
    }

    public TimeKind getTime() {
        return time;
    }

    public void setTime(TimeKind time) {
        this.time = time;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Period getPeriod() {
        return period;
    }

    public void setPeriod(Period period) {
        this.period = period;
    }

    public String getBaseline() {
        return baseline;
    }

    public void setBaseline(String baseline) {
        this.baseline = baseline;
    }

    public String getQuote() {
        return quote;
    }

    public void setQuote(String quote) {
        this.quote = quote;
    }

    public String getLocator() {
        return locator;
    }

    public void setLocator(String locator) {
        this.locator = locator;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getRetiredReason() {
        return retiredReason;
    }

    /** A fact keeps its retirement reason apart from later comments, so it always says why it was retired. */
    @Override
    public void retire(String actor, String reason) {
        super.retire(actor, reason);
        this.retiredReason = reason;
    }
}
