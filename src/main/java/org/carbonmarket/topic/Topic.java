package org.carbonmarket.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A subject area that groups metrics: carbon-market, air, water, ... */
@Entity
public class Topic {

    @Id
    private String code;

    private String name;

    private String description;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "description_zh")
    private String descriptionZh;

    protected Topic() {
    }

    public Topic(String code, String name, String description, String nameZh, String descriptionZh) {
        this.code = code;
        this.name = name;
        this.description = description;
        this.nameZh = nameZh;
        this.descriptionZh = descriptionZh;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getDescriptionZh() {
        return descriptionZh;
    }
}
