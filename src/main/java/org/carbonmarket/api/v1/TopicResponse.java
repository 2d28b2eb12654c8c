package org.carbonmarket.api.v1;

import org.carbonmarket.http.Language;
import org.carbonmarket.topic.TopicDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Topic", description = "A subject area that groups metrics.")
public record TopicResponse(
        @Schema(examples = "carbon-market") String code,
        @Schema(examples = "Carbon market") String name,
        @Schema(examples = "Emissions trading: coverage, prices, volumes and compliance.") String description) {

    static TopicResponse from(TopicDetails topic, Language language) {
        return new TopicResponse(topic.code(), language.pick(topic.name(), topic.nameZh()),
                language.pick(topic.description(), topic.descriptionZh()));
    }
}
