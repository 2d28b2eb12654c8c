package org.carbonmarket.curation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** One version of a curated row: who wrote it, when, why, and which fields it changed. */
public record Revision(long version, String action, Instant at, String by, String comment, List<FieldChange> changes) {

    public record FieldChange(String field, JsonNode before, JsonNode after) {
    }
}
