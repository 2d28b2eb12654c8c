package org.carbonmarket.citation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.carbonmarket.fact.FactService;
import org.carbonmarket.source.SourceService;

/** Citations of the publications that sources and facts come from, as they stood at an instant ({@code null}: now). */
@ApplicationScoped
public class CitationService {

    private final SourceService sources;
    private final FactService facts;

    CitationService(SourceService sources, FactService facts) {
        this.sources = sources;
        this.facts = facts;
    }

    /** The source's publication as a whole; {@code link} is the source's address in the API. */
    @Transactional
    public Citation ofSource(String id, Instant at, String link) {
        return Citation.of(sources.get(id, at), id, null, link);
    }

    /** The publication of the fact's source, at the fact's locator; {@code link} is the fact's address in the API. */
    @Transactional
    public Citation ofFact(UUID id, Instant at, String link) {
        var fact = facts.get(id, at);
        return Citation.of(sources.get(fact.source(), at), id.toString(), fact.locator(), link);
    }
}
