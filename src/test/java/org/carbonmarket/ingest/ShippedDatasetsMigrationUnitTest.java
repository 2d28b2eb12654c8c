package org.carbonmarket.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carbonmarket.fact.FactIdentity;
import org.carbonmarket.testsupport.Datasets;
import org.junit.jupiter.api.Test;

/**
 * Migration V10 brings databases that loaded the earlier datasets to what the revised files say: each of its fact
 * updates states the time, period, rounding and scope of the file's fact with the same id.
 */
class ShippedDatasetsMigrationUnitTest {

    private static final Pattern UPDATE = Pattern.compile("update fact set (.*?)\\nwhere id = '([0-9a-f-]{36})'", Pattern.DOTALL);

    @Test
    void updatesEachShippedFactToWhatItsDatasetSays() throws IOException {
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode fact : Datasets.facts()) {
            byId.put(fact.has("id") ? fact.path("id").asText() : firstId(fact).toString(), fact);
        }
        Matcher update = UPDATE.matcher(migration());
        int updates = 0;
        while (update.find()) {
            updates++;
            JsonNode fact = byId.get(update.group(2));
            assertTrue(fact != null, "V10 updates " + update.group(2) + ", which no dataset fact has");
            String sets = update.group(1);
            JsonNode period = fact.path("period");
            assertSets(sets, "source_id", quoted(fact.path("source").asText()));
            assertSets(sets, "time_kind", quoted(fact.path("time").asText()));
            assertSets(sets, "period_start", quoted(period.path("start").asText()));
            assertSets(sets, "period_end", quoted(period.path("end").asText()));
            assertSets(sets, "period_inferred", Boolean.toString(period.path("inferred").asBoolean()));
            assertSets(sets, "rounded_to", fact.has("roundedTo") ? fact.path("roundedTo").decimalValue().toPlainString() : "null");
            assertSets(sets, "scope", fact.has("scope") ? quoted(fact.path("scope").asText()) : "null");
        }
        assertTrue(updates > 0, "V10 updates no fact");
    }

    private static void assertSets(String sets, String column, String value) {
        Matcher set = Pattern.compile("(?m)^(?:    )?" + column + " = (.*?),$").matcher(sets);
        assertTrue(set.find(), column + " in " + sets);
        assertEquals(value, set.group(1), column);
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static UUID firstId(JsonNode fact) {
        JsonNode period = fact.path("period");
        return FactIdentity.of(fact.path("source").asText(), fact.path("metric").asText(), fact.path("region").asText(),
                LocalDate.parse(period.path("start").asText()), LocalDate.parse(period.path("end").asText()));
    }

    private static String migration() throws IOException {
        try (InputStream in = ShippedDatasetsMigrationUnitTest.class.getClassLoader()
                .getResourceAsStream("db/migration/V10__shipped_datasets_time_semantics.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
