package org.carbonmarket.curation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads the history tables that the database keeps for every curated row (migration V2) and tells each
 * version as a revision: the fields it changed, before and after.
 */
@ApplicationScoped
public class RevisionRepository {

    /**
     * The curated tables, in the order of their names, with their key columns and the keys' SQL types; table names
     * never come from a request.
     */
    public enum Table {
        FACT("id", "uuid"), METRIC("code", "text"), SOURCE("id", "text");

        private final String key;
        private final String keyType;

        Table(String key, String keyType) {
            this.key = key;
            this.keyType = keyType;
        }

        /** The table's name, which is what a row of it is: {@code fact}, {@code metric}, {@code source}. */
        public String table() {
            return name().toLowerCase();
        }

        /** Where every version of its rows is kept. */
        public String history() {
            return table() + "_history";
        }

        public String key() {
            return key;
        }

        public String keyType() {
            return keyType;
        }
    }

    /**
     * Bookkeeping columns: they change with every version and are reported as the revision's own fields, or not at
     * all (the writing transaction).
     */
    private static final Set<String> META = Set.of("created_at", "updated_at", "version", "changed_by", "change_comment",
            "valid_from", "valid_to", "xact");

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    RevisionRepository(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /**
     * The row's revisions written up to {@code asOf} ({@code null}: now), oldest first. The key is bound in its
     * column's own type (a UUID for facts), so that the history's primary key finds the rows. Call within a
     * transaction.
     */
    public List<Revision> of(Table table, Object key, Instant asOf) {
        @SuppressWarnings("unchecked")
        List<String> rows = entityManager.createNativeQuery("select cast(to_jsonb(h) as text) from " + table.history()
                        + " h where h." + table.key() + " = ?1 and h.valid_from <= ?2 order by h.version")
                .setParameter(1, key)
                .setParameter(2, asOf == null ? Instant.now() : asOf)
                .getResultList();
        List<Revision> revisions = new ArrayList<>();
        JsonNode previous = null;
        for (String row : rows) {
            JsonNode current = parse(row);
            revisions.add(new Revision(current.get("version").asLong(), action(previous, current),
                    OffsetDateTime.parse(current.get("valid_from").asText()).toInstant(), current.get("changed_by").asText(),
                    current.get("change_comment").asText(), changes(previous, current)));
            previous = current;
        }
        return revisions;
    }

    private static String action(JsonNode previous, JsonNode current) {
        if (previous == null) {
            return "created";
        }
        boolean retired = "retired".equals(current.get("status").asText()) && !"retired".equals(previous.get("status").asText());
        return retired ? "retired" : "updated";
    }

    private static List<Revision.FieldChange> changes(JsonNode previous, JsonNode current) {
        List<Revision.FieldChange> changes = new ArrayList<>();
        for (Iterator<String> columns = current.fieldNames(); columns.hasNext(); ) {
            String column = columns.next();
            if (META.contains(column)) {
                continue;
            }
            JsonNode before = previous == null ? NullNode.instance : previous.get(column);
            JsonNode after = current.get(column);
            if (!before.equals(after)) {
                changes.add(new Revision.FieldChange(camelCase(column), before, after));
            }
        }
        return changes;
    }

    private JsonNode parse(String row) {
        try {
            return mapper.readTree(row);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable history row", e);
        }
    }

    private static String camelCase(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
