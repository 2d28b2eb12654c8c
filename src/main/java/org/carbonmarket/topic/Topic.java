package org.carbonmarket.topic;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A subject area that groups metrics: carbon-market, air, water, ... */
@Entity
public class Topic {

    @Id
    private String code;

    private String name;

    private String description;

    protected Topic() {
    }

    public Topic(String code, String name, String description) {
        this.code = code;
        this.name = name;
        this.description = description;
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
}
