package org.carbonmarket.source;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Function;
import org.carbonmarket.common.NotFoundException;
import org.carbonmarket.common.PageResult;

/** Reads of the sources that facts cite; mapping happens inside the transaction (see FactService). */
@ApplicationScoped
public class SourceService {

    private final SourceRepository sources;

    SourceService(SourceRepository sources) {
        this.sources = sources;
    }

    /** Sources ordered by id; {@code page} counts from 1. */
    @Transactional
    public <T> PageResult<T> list(int page, int size, Function<Source, T> mapper) {
        var query = sources.findAll(Sort.by("id"));
        return PageResult.of(query, page, size, mapper);
    }

    @Transactional
    public <T> T get(String id, Function<Source, T> mapper) {
        return sources.findByIdOptional(id).map(mapper).orElseThrow(() -> new NotFoundException("source", id));
    }

    @Transactional
    public void requireExists(String id) {
        if (sources.findByIdOptional(id).isEmpty()) {
            throw new NotFoundException("source", id);
        }
    }
}
