package org.carbonmarket.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The query parameters that reads take, and a request's query reduced to them. */
public final class QueryParameters {

    /** Every query parameter that a read of the API takes (a test compares it with the OpenAPI document). */
    public static final Set<String> NAMES = Set.of("after", "asOf", "baseline", "bom", "cursor", "format", "from", "metric", "page", "q", "region", "size", "sort", "source",
            "to", "topic", "unit", "updatedSince");

    private QueryParameters() {
    }

    /**
     * The raw query with only the parameters of {@link #NAMES}, in their order: what an answer depends on, so
     * that parameters nobody reads neither appear in links nor make answers look different.
     */
    public static String known(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            if (NAMES.contains(name)) {
                kept.add(pair);
            }
        }
        return kept.isEmpty() ? null : String.join("&", kept);
    }
}
