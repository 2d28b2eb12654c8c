package org.carbonmarket.source;

import java.time.LocalDate;
import java.util.List;
import org.carbonmarket.curation.Stamp;

/** A source as reads show it, mapped inside the transaction that read it. */
public record SourceDetails(String id, String title, String publisher, String outlet, LocalDate publishedOn,
        DatePrecision publishedPrecision, String language, String url, String retrievedFrom, String licence,
        List<String> regions, String note, Stamp stamp) {

    static SourceDetails of(Source source) {
        return new SourceDetails(source.getId(), source.getTitle(), source.getPublisher(), source.getOutlet(),
                source.getPublishedOn(), source.getPublishedPrecision(), source.getLanguage(), source.getUrl(),
                source.getRetrievedFrom(), source.getLicence(), List.copyOf(source.getRegions()), source.getNote(),
                Stamp.of(source));
    }
}
