package org.carbonmarket.api.v1.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Realistic examples for the OpenAPI document, all drawn from the shipped data. Each is a file of
 * {@code openapi/examples} named after what it illustrates: a shared answer ({@code Fact.json}, its CSV page
 * {@code FactPage.csv}), a problem ({@code NotFound.json}), a request body by its schema ({@code FactRequest.json}).
 */
public final class Examples {

    /** The fact of {@code Fact.json}, for path parameters. */
    public static final String FACT_ID = "49180144-1ba0-3797-ba31-a37e5193bde3";

    private static final String FOLDER = "openapi/examples/";

    private Examples() {
    }

    /** The example of this file name; one that is missing is a mistake in the code, found when the document is built. */
    public static String text(String file) {
        return find(file).orElseThrow(() -> new IllegalStateException("No OpenAPI example " + FOLDER + file));
    }

    static Optional<String> find(String file) {
        try (InputStream in = Examples.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first page of a collection, which holds one item, the example of {@code item}, and says how large the
     * whole collection is; {@code nextCursor} is that of the next page, where there is one.
     */
    static String page(String item, int size, int totalElements, String nextCursor) {
        int totalPages = (totalElements + size - 1) / size;
        return "{\"items\": [" + text(item + ".json") + "], \"page\": 1, \"size\": " + size + ", \"totalElements\": "
                + totalElements + ", \"totalRelation\": \"eq\", \"totalPages\": " + totalPages + ", \"nextCursor\": "
                + (nextCursor == null ? "null" : "\"" + nextCursor + "\"") + ", \"prevCursor\": null}";
    }
}
