package org.carbonmarket.topic;

/** A topic as reads show it. */
public record TopicDetails(String code, String name, String nameZh, String description, String descriptionZh) {

    static TopicDetails of(Topic topic) {
        return new TopicDetails(topic.getCode(), topic.getName(), topic.getNameZh(), topic.getDescription(),
                topic.getDescriptionZh());
    }
}
