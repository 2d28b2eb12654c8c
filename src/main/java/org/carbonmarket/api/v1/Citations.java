package org.carbonmarket.api.v1;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.carbonmarket.citation.Citation;
import org.carbonmarket.citation.CitationFormat;
import org.carbonmarket.citation.CitationService;
import org.jboss.resteasy.reactive.RestResponse;

/** The citations that a source or a fact answers in, by Accept, in place of its JSON. */
@ApplicationScoped
class Citations {

    static final String OFFERED = "With Accept `" + Citation.BIBTEX + "` (BibTeX), `" + Citation.RIS + "` (RIS) or `"
            + Citation.CSL_JSON + "` (CSL-JSON), the answer is a ready citation of the original publication instead: "
            + "publisher, title, date to its known precision, outlet, language, its address and the one it was read at, "
            + "licence and attribution, and for a fact its locator. Sources record where they were read, not when: "
            + "there is no access date.";

    private final CitationService citations;

    Citations(CitationService citations) {
        this.citations = citations;
    }

    /** The citation format the request chose (ContentNegotiation has set Accept to the one type chosen), if any. */
    Optional<CitationFormat> asked(HttpHeaders headers) {
        return CitationFormat.of(headers.getHeaderString(HttpHeaders.ACCEPT));
    }

    RestResponse<String> ofSource(CitationFormat format, String id, Instant at, UriInfo uri) {
        return answer(format, citations.ofSource(id, at, uri.getPath()));
    }

    RestResponse<String> ofFact(CitationFormat format, UUID id, Instant at, UriInfo uri) {
        return answer(format, citations.ofFact(id, at, uri.getPath()));
    }

    private static RestResponse<String> answer(CitationFormat format, Citation citation) {
        return RestResponse.ResponseBuilder.ok(format.write(citation), format.mediaType()).build();
    }
}
