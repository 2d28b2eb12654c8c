package org.carbonmarket.metric;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.carbonmarket.curation.Curated;
import org.carbonmarket.topic.Topic;

/** What is measured, e.g. {@code ets.coverage.annual-emissions}. */
@Entity
public class Metric extends Curated {

    @Id
    private String code;

    private String name;

    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_code")
    private Topic topic;

    private String unit;

    private MetricKind kind;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "description_zh")
    private String descriptionZh;

    protected Metric() {
    }

    public Metric(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Topic getTopic() {
        return topic;
    }

    public void setTopic(Topic topic) {
        this.topic = topic;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public MetricKind getKind() {
        return kind;
    }

    public void setKind(MetricKind kind) {
        this.kind = kind;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getDescriptionZh() {
        return descriptionZh;
    }

    public void setDescriptionZh(String descriptionZh) {
        this.descriptionZh = descriptionZh;
    }
}
