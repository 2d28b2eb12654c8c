package org.carbonmarket.api.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.carbonmarket.http.MediaRanges;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MediaRangesUnitTest {

    private static final List<MediaType> JSON_AND_CSV = List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf("text/csv"));
    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON_TYPE);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            application/*                                  | application/json
            text/*                                         | text/csv
            */*                                            | application/json
            text/csv, application/json                     | application/json
            application/json, text/csv                     | application/json
            text/csv;q=0.9, application/json;q=0.9         | application/json
            text/*;q=0.3, text/csv;q=0.7, */*;q=0.5        | text/csv
            text/*;q=0.3, */*;q=0.5                        | application/json
            */*, application/json;q=0                      | text/csv
            APPLICATION/JSON;Q=0.5, Text/CSV;q=0.4         | application/json
            application/json;charset=utf-8                 | application/json
            application/json;q=1.000                       | application/json
            text/csv;q=0.001                               | text/csv
            foo, text/csv                                  | text/csv
            """)
    void choosesTheOfferOfHighestQuality(String accept, String chosen) {
        assertEquals(MediaType.valueOf(chosen), MediaRanges.choose(accept, JSON_AND_CSV));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json;q=0", "*/*;q=0", "text/*", "*/*, application/json;q=0", "application/xml",
            "application/json;q=1.5", "application/json;q=abc", "*/json", "garbage", "application/*;q=0.000"})
    void acceptsNoneWhenNoOfferIsAcceptable(String accept) {
        assertNull(MediaRanges.choose(accept, JSON));
    }

    @Test
    void takesTheFirstOfferWithoutAnAcceptHeader() {
        assertEquals(MediaType.APPLICATION_JSON_TYPE, MediaRanges.choose(null, JSON_AND_CSV));
        assertEquals(MediaType.APPLICATION_JSON_TYPE, MediaRanges.choose(" ", JSON_AND_CSV));
    }
}
