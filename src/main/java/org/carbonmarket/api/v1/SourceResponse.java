package org.carbonmarket.api.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.carbonmarket.curation.Status;
import org.carbonmarket.http.Versions;
import org.carbonmarket.source.DatePrecision;
import org.carbonmarket.source.SourceDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Source", description = "A published document that facts cite.")
public record SourceResponse(
        @Schema(description = "Stable slug.", examples = "mee-qiushi-ecological-civilization") String id,
        String title,
        @Schema(examples = "Ministry of Ecology and Environment of the People's Republic of China") String publisher,
        @Schema(nullable = true, examples = "Qiushi") String outlet,
        @Schema(nullable = true, description = "Publication date; null when unknown.") LocalDate publishedOn,
        @Schema(description = "How much of the publication date is known.") DatePrecision publishedPrecision,
        @Schema(description = "BCP 47 language of the text quoted.", examples = "en") String language,
        @Schema(nullable = true, description = "The document's own address, where known.") String url,
        @Schema(nullable = true, description = "Where the text was read, when that is a republication.") String retrievedFrom,
        @Schema(nullable = true) String licence,
        @Schema(description = "ISO 3166 codes of the regions the document concerns.", examples = "[\"CN\", \"CN-BJ\"]")
        List<String> regions,
        @Schema(nullable = true) String note,
        Status status,
        @Schema(description = "Version, starting at 0; the ETag is this number quoted.", examples = "0") long version,
        Instant createdAt,
        Instant updatedAt) implements Versions.Versioned {

    static SourceResponse from(SourceDetails source) {
        var stamp = source.stamp();
        return new SourceResponse(source.id(), source.title(), source.publisher(), source.outlet(), source.publishedOn(),
                source.publishedPrecision(), source.language(), source.url(), source.retrievedFrom(), source.licence(),
                source.regions(), source.note(), stamp.status(), stamp.version(), stamp.createdAt(), stamp.updatedAt());
    }
}
