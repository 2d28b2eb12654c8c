package org.carbonmarket.source;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.carbonmarket.common.AsOf;
import org.carbonmarket.common.Checks;
import org.carbonmarket.common.PageResult;
import org.carbonmarket.common.Window;
import org.carbonmarket.curation.CuratedService;
import org.carbonmarket.curation.RevisionLog;

/** Reads and writes of the sources that facts cite. */
@Singleton
public class SourceService extends CuratedService<Source, String, SourceDraft, SourceDetails> {

    private final SourceRepository sources;

    SourceService(SourceRepository sources, AsOf asOf, RevisionLog revisions) {
        super(new Kind<>("source", RevisionLog.Table.SOURCE, "id", Source::getId, SourceDetails::id, SourceDetails::of,
                SourceDraft::of), sources, asOf, revisions);
        this.sources = sources;
    }

    /** Published sources ordered by id, optionally only those changed after an instant. */
    @Transactional
    public PageResult<SourceDetails> list(Instant updatedSince, Instant at, Window window) {
        asOf.apply(at);
        return sources.published(updatedSince, window).map(SourceDetails::of);
    }

    @Override
    protected void apply(Source source, SourceDraft draft) {
        draft.applyTo(source);
    }

    @Override
    protected void checkReplacement(String id, SourceDraft draft, Checks checks) {
        checks.that("id", id.equals(draft.id()), "must be '" + id + "': a source's id never changes");
    }

    @Override
    protected Optional<Source> stored(SourceDraft draft) {
        return sources.findByIdOptional(draft.id());
    }

    @Override
    protected Source newRow(SourceDraft draft) {
        return new Source(draft.id());
    }

    /** Published facts cite it: retire them first. */
    @Override
    protected long usedBy(String id) {
        return sources.publishedFacts(id);
    }
}
