package org.carbonmarket.api.v1;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.carbonmarket.curation.Revision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Revision", description = "One version of a fact, metric or source: who wrote it, when, why and what changed.")
public record RevisionResponse(
        @Schema(description = "The version this revision produced; its ETag is this number quoted.", examples = "1") long version,
        @Schema(enumeration = {"created", "updated", "retired"}, examples = "updated") String action,
        Instant at,
        @Schema(description = "The subject of the curator's token, or the dataset that loaded the row.", examples = "alice")
        String by,
        @Schema(examples = "Corrected the unit to match the source") String comment,
        List<FieldChange> changes) {

    @Schema(name = "FieldChange")
    public record FieldChange(
            @Schema(examples = "unit") String field,
            @Schema(description = "The value before (null when created).") JsonNode before,
            @Schema(description = "The value after.") JsonNode after) {
    }

    static RevisionResponse from(Revision revision) {
        return new RevisionResponse(revision.version(), revision.action(), revision.at(), revision.by(), revision.comment(),
                revision.changes().stream().map(c -> new FieldChange(c.field(), c.before(), c.after())).toList());
    }
}
