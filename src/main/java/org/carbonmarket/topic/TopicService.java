package org.carbonmarket.topic;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.carbonmarket.common.PageResult;
import org.carbonmarket.common.Window;

/** Reads of the topics that group metrics. */
@ApplicationScoped
public class TopicService {

    private final TopicRepository topics;

    TopicService(TopicRepository topics) {
        this.topics = topics;
    }

    /** Topics ordered by code: a few, read whole. */
    @Transactional
    public PageResult<TopicDetails> list(Window window) {
        return PageResult.ofAll(topics.findAll(Sort.by("code")).list(), window, Topic::getCode).map(TopicDetails::of);
    }
}
