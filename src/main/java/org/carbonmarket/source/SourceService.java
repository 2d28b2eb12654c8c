package org.carbonmarket.source;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.carbonmarket.common.AsOf;
import org.carbonmarket.common.PageResult;
import org.carbonmarket.common.Window;
import org.carbonmarket.curation.KeyedService;
import org.carbonmarket.curation.RevisionRepository;

/** Reads and writes of the sources that facts cite. */
@Singleton
public class SourceService extends KeyedService<Source, SourceDraft, SourceDetails> {

    private final SourceRepository sources;

    SourceService(SourceRepository sources, AsOf asOf, RevisionRepository revisions) {
        super(new Kind<>("source", RevisionRepository.Table.SOURCE, "id", Source::getId, SourceDetails::id, SourceDetails::of,
                SourceDraft::of), sources, SourceDraft::id, Source::new, asOf, revisions);
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
}
