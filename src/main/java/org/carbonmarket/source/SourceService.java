package org.carbonmarket.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.carbonmarket.common.AsOf;
import org.carbonmarket.common.Change;
import org.carbonmarket.common.Checks;
import org.carbonmarket.common.ConflictException;
import org.carbonmarket.common.CuratedWrites;
import org.carbonmarket.common.NotFoundException;
import org.carbonmarket.common.Outcome;
import org.carbonmarket.common.PageResult;
import org.carbonmarket.common.Revision;
import org.carbonmarket.common.RevisionLog;
import org.carbonmarket.common.WriteTransaction;

/** Reads and writes of the sources that facts cite; mapping happens inside the transaction (see FactService). */
@ApplicationScoped
public class SourceService {

    private final SourceRepository sources;
    private final AsOf asOf;
    private final RevisionLog revisions;
    private final CuratedWrites<Source, SourceDraft> writes;

    SourceService(SourceRepository sources, AsOf asOf, RevisionLog revisions) {
        this.sources = sources;
        this.asOf = asOf;
        this.revisions = revisions;
        this.writes = new CuratedWrites<>(SourceDraft::of, (source, draft) -> draft.applyTo(source), sources::flush);
    }

    /** Published sources ordered by id, optionally only those changed after an instant; {@code page} counts from 1. */
    @Transactional
    public <T> PageResult<T> list(Instant updatedSince, Instant at, int page, int size, Function<Source, T> mapper) {
        asOf.apply(at);
        return PageResult.of(sources.published(updatedSince), page, size, mapper);
    }

    @Transactional
    public <T> T get(String id, Instant at, Function<Source, T> mapper) {
        asOf.apply(at);
        return mapper.apply(find(id));
    }

    @Transactional
    public void requireExists(String id, Instant at) {
        asOf.apply(at);
        find(id);
    }

    @Transactional
    public List<Revision> revisions(String id, Instant at) {
        asOf.apply(at);
        find(id);
        return revisions.of(RevisionLog.Table.SOURCE, id, at);
    }

    @Transactional
    @WriteTransaction
    public <T> T create(SourceDraft draft, Change change, Function<Source, T> mapper) {
        check(draft, change);
        if (sources.findByIdOptional(draft.id()).isPresent()) {
            throw new ConflictException("source '" + draft.id() + "' exists already; update it instead");
        }
        return mapper.apply(insert(draft, change));
    }

    @Transactional
    @WriteTransaction
    public <T> T replace(String id, SourceDraft draft, Change change, Function<Source, T> mapper) {
        check(draft, change);
        Source source = find(id);
        change.requireVersionOf(source, "source '" + id + "'");
        var checks = new Checks();
        checks.that("id", id.equals(draft.id()), "must be '" + id + "': a source's id never changes");
        checks.throwIfAny();
        writes.update(source, draft, change);
        return mapper.apply(source);
    }

    /** Retires a source that no published fact cites any more: retire its facts first. */
    @Transactional
    @WriteTransaction
    public <T> T retire(String id, Change change, Function<Source, T> mapper) {
        CuratedWrites.requireReason(change);
        Source source = find(id);
        writes.retire(source, change, "source '" + id + "'", sources.publishedFacts(id));
        return mapper.apply(source);
    }

    /** Writes a source that a bulk import brings: created, updated or left alone. */
    @Transactional
    public Outcome importDraft(SourceDraft draft, Change change) {
        return writes.importDraft(sources.findByIdOptional(draft.id()), draft, change, () -> insert(draft, change));
    }

    /** Writes a source that a shipped dataset brings unless it is stored already. */
    @Transactional
    public Outcome insertIfMissing(SourceDraft draft, Change change) {
        if (sources.findByIdOptional(draft.id()).isPresent()) {
            return Outcome.UNCHANGED;
        }
        insert(draft, change);
        return Outcome.CREATED;
    }

    private Source insert(SourceDraft draft, Change change) {
        Source source = new Source(draft.id());
        draft.applyTo(source);
        source.recordChange(change.actor(), change.comment());
        sources.persist(source);
        sources.flush();
        return source;
    }

    private void check(SourceDraft draft, Change change) {
        var checks = new Checks();
        draft.check(checks);
        change.check(checks);
        checks.throwIfAny();
    }

    private Source find(String id) {
        return sources.findByIdOptional(id).orElseThrow(() -> new NotFoundException("source", id));
    }
}
