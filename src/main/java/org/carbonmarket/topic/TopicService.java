package org.carbonmarket.topic;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.carbonmarket.common.PageResult;

/** Reads of the topics that group metrics. */
@ApplicationScoped
public class TopicService {

    private final TopicRepository topics;

    TopicService(TopicRepository topics) {
        this.topics = topics;
    }

    /** Topics ordered by code; {@code page} counts from 1. */
    @Transactional
    public PageResult<TopicDetails> list(int page, int size) {
        return PageResult.of(topics.findAll(Sort.by("code")), page, size, TopicDetails::of);
    }
}
