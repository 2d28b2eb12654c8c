package org.carbonmarket.api.v1;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.carbonmarket.common.InvalidRequestException.Violation;
import org.carbonmarket.common.InvalidRequestException;
import org.carbonmarket.common.Window;
import org.carbonmarket.fact.FactSort;
import org.carbonmarket.http.QueryParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Query parameters read from their raw text: values, defaults, and the one 400 that names every bad parameter. */
class QueryParamsUnitTest {

    private static final String INSTANT = "must be an instant such as 2026-11-30T09:00:00Z, from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999Z";

    private final QueryParams params = new QueryParams();

    private List<Violation> violations() {
        return assertThrows(InvalidRequestException.class, params::validate).violations();
    }

    private static PageParams page(String page, String size) {
        var raw = new PageParams();
        raw.page = page;
        raw.size = size;
        return raw;
    }

    @Test
    void pagesFromOneByTwentyByDefault() {
        assertEquals(Window.page(1, 20), params.page(page(null, null)));
        assertEquals(Window.page(100, 100), params.page(page("100", "100")));
        assertEquals(Window.page(10_000, 1), params.page(page("10000", "1")));
        assertDoesNotThrow(params::validate);
    }

    @ParameterizedTest(name = "page={0}")
    @ValueSource(strings = {"0", "-1", "abc", "10001", "99999999999", "1.0", " 1", ""})
    void refusesAPageOutOfRange(String page) {
        assertEquals(Window.page(1, 20), params.page(page(page, null)), "the default stands in");
        assertEquals(List.of(new Violation("page", "must be an integer between 1 and 10000")), violations());
    }

    @ParameterizedTest(name = "page={0}&size={1}")
    @CsvSource({"101,100", "501,20", "10000,2"})
    void refusesAPageBeyondTheFirstTenThousandItems(String page, String size) {
        assertEquals(1, params.page(page(page, size)).page(), "the first page stands in");
        assertEquals(List.of(new Violation("page", "reaches beyond item 10000 (page × size): follow the next link's cursor "
                + "from an earlier page instead")), violations());
    }

    @ParameterizedTest(name = "size={0}")
    @ValueSource(strings = {"0", "101", "1e3", "twenty"})
    void refusesASizeOutOfRange(String size) {
        params.size(page(null, size));
        assertEquals(List.of(new Violation("size", "must be an integer between 1 and 100")), violations());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-11-30T09:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999Z", "2026-11-30T09:00:00.123456789Z"})
    void readsAnInstantWithinYears1To9999(String raw) {
        assertEquals(Instant.parse(raw), params.instant("updatedSince", raw));
        assertDoesNotThrow(params::validate);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0000-12-31T23:59:59.999999Z", "9999-12-31T23:59:59.9999991Z", "+10000-01-01T00:00:00Z",
            "-999999999-01-01T00:00:00Z", "yesterday", "2026-11-30", "2026-11-30T09:00:00", "2026-13-01T00:00:00Z", ""})
    void refusesAnInstantOutOfRangeNamingTheRange(String raw) {
        assertNull(params.instant("updatedSince", raw));
        assertEquals(List.of(new Violation("updatedSince", INSTANT)), violations());
    }

    @Test
    void answersForNowWithoutAsOf() {
        assertNull(params.asOf(new AsOfParam()));
        var raw = new AsOfParam();
        raw.asOf = "2026-11-30T25:00:00Z";
        assertNull(params.asOf(raw));
        assertEquals(List.of(new Violation("asOf", INSTANT)), violations());
    }

    @ParameterizedTest(name = "unit={0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Gt        | Gt
            km²       | km²
            km2       | km²
            ' Mt '    | Mt
            ''        | null
            '  '      | null
            null      | null
            """)
    void readsAUnitScaleInItsCanonicalSpelling(String raw, String scale) {
        assertEquals(scale, params.unit(raw));
        assertDoesNotThrow(params::validate);
    }

    @Test
    void refusesAnUnknownScaleListingTheKnownOnes() {
        assertNull(params.unit("furlong"));
        assertNull(params.unit("mt"));
        Violation expected = new Violation("unit", "must be one of t, kt, Mt, Gt, kWh, MWh, GWh, TWh, mu, ha, km², t CO2, kt CO2, Mt CO2, Gt CO2");
        assertEquals(List.of(expected, expected), violations());
    }

    @Test
    void readsDatesAndTheirOrder() {
        assertEquals(LocalDate.of(2024, 2, 29), params.date("from", "2024-02-29"));
        assertNull(params.date("to", null));
        params.range(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1));
        params.range(null, LocalDate.of(2024, 1, 1));
        assertDoesNotThrow(params::validate);

        assertNull(params.date("from", "2023-02-29"));
        assertNull(params.date("to", "2024-1-1"));
        params.range(LocalDate.of(2021, 1, 1), LocalDate.of(2020, 12, 31));
        assertEquals(List.of(new Violation("from", "must be a date as YYYY-MM-DD"), new Violation("to", "must be a date as YYYY-MM-DD"),
                new Violation("from", "must not be after 'to'")), violations());
    }

    @Test
    void readsRegionsAsIso3166Codes() {
        assertEquals("CN", params.region("CN"));
        assertEquals("CN-BJ", params.region("CN-BJ"));
        assertNull(params.region(null));
        assertDoesNotThrow(params::validate);
        params.region("china");
        params.region("cn-bj");
        Violation expected = new Violation("region", "must be a region code: ISO 3166-1 (CN), ISO 3166-2 (CN-BJ) or four letters (ISO 3166-3: SUHH)");
        assertEquals(List.of(expected, expected), violations());
    }

    @Test
    void stripsSearchTextAndBoundsIt() {
        assertEquals("coal", params.text("q", "  coal ", 200));
        assertNull(params.text("q", "   ", 200));
        assertNull(params.text("q", null, 200));
        assertEquals("x".repeat(200), params.text("q", "x".repeat(200), 200));
        assertDoesNotThrow(params::validate);
        params.text("q", "x".repeat(201), 200);
        assertEquals(List.of(new Violation("q", "must be at most 200 characters")), violations());
    }

    @Test
    void readsSortTermsInOrderWithTheirDirections() {
        assertEquals(List.of(new FactSort.Order(FactSort.PERIOD, true), new FactSort.Order(FactSort.METRIC, false),
                new FactSort.Order(FactSort.VALUE, true)), params.sort("-period,metric,-value"));
        assertEquals(List.of(), params.sort(null));
        assertEquals(List.of(), params.sort(" "));
        assertDoesNotThrow(params::validate);
    }

    @Test
    void namesEveryUnknownSortField() {
        params.sort("colour,-,period,");
        String sortable = "; sortable: period, value, metric, region, source, updated, relevance";
        assertEquals(List.of(new Violation("sort", "unknown sort field 'colour'" + sortable), new Violation("sort", "unknown sort field ''" + sortable),
                new Violation("sort", "unknown sort field ''" + sortable)), violations());
    }

    @Test
    void collectsEveryBadParameterIntoOne400() {
        params.page(page("-1", "1000"));
        params.sort("colour");
        params.require(false, "sort", "relevance needs q");
        params.require(true, "unit", "never reported");
        assertEquals(List.of("page", "size", "sort", "sort"), violations().stream().map(Violation::field).toList());
        assertEquals("relevance needs q", violations().get(3).message());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            page=2&size=10                       | page=2&size=10
            size=10&utm_source=mail&page=2       | size=10&page=2
            utm_source=mail                      | null
            ''                                   | null
            null                                 | null
            q=coal&q=oil                         | q=coal&q=oil
            q                                    | q
            %61sOf=2026-01-01T00:00:00Z          | %61sOf=2026-01-01T00:00:00Z
            Page=2&page=3                        | page=3
            &&page=1&                            | page=1
            +page=1&unit=km%C2%B2                | unit=km%C2%B2
            x=1&topic=air&region=CN&source=a     | topic=air&region=CN&source=a
            """)
    void keepsOnlyTheParametersThatAnAnswerDependsOn(String raw, String known) {
        assertEquals(known, QueryParameters.known(raw));
    }

    @Test
    void readsABlankValueAsAbsent() {
        assertNull(QueryParams.blankToNull(" "));
        assertNull(QueryParams.blankToNull(null));
        assertEquals(" a ", QueryParams.blankToNull(" a "));
    }
}
