package org.carbonmarket.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carbonmarket.common.InvalidRequestException.Violation;
import org.carbonmarket.common.InvalidRequestException;
import org.carbonmarket.common.PayloadTooLargeException;
import org.carbonmarket.fact.FactDraft;
import org.junit.jupiter.api.Test;

/** The fact CSV format read without a database: every column by name, every bad row with its line and reasons. */
class FactCsvUnitTest {

    /** The columns a file must have; the others (rounded_to, period_inferred, period_basis, scope) it may leave out. */
    private static final String HEADER = "metric,source,value,value_text,unit,qualifier,region,time,period_start,period_end,"
            + "period_precision,period_label,baseline,quote,locator,note\r\n";

    private static ReadBody parse(String csv) {
        return parse(csv, 100);
    }

    private static ReadBody parse(String csv, int maxRows) {
        return ReadBody.of(intake -> FactCsv.parse(new StringReader(csv), maxRows, intake));
    }

    private static List<Violation> refused(String csv) {
        return assertThrows(InvalidRequestException.class, () -> parse(csv)).violations();
    }

    @Test
    void readsTheTemplateBackAsItsExampleFact() {
        ReadBody parsed = parse(FactCsv.TEMPLATE);
        assertEquals(List.of(new FactDraft(null, "land.forest-coverage", "mee-qiushi-ecological-civilization", new BigDecimal("24.02"), null,
                "%", "exact", new BigDecimal("0.01"), "CN", "state", new FactDraft.PeriodDraft(LocalDate.of(2022, 1, 1),
                        LocalDate.of(2023, 12, 31), "year", "the article's present (2022-2023); the article states no date", true,
                        "The article states no date; it reports its own present and cites the July 2023 National Conference on "
                                + "Ecological and Environmental Protection, so this state describes 2022-2023."), null, null, "A total of 1.02 billion mu of forests have been planted, and the forest coverage rate has increased to 24.02%, "
                        + "making it the country with the largest and fastest growth of forest resources and the largest area of "
                        + "artificial afforestation in the world.", "Part 3, paragraph 3", null)), parsed.facts());
        assertEquals(1, parsed.rowsRead());
        assertEquals(List.of(2), parsed.lines());
        assertEquals(List.of(), parsed.errors());
    }

    @Test
    void keepsEveryPublishedDigitAndReadsEmptyCellsAsAbsent() {
        FactDraft fact = parse(HEADER + "ets.turnover.annual,seee,2814004694.280,,CNY,exact,CN,flow,2021-07-16,2021-12-31,day,,,"
                + "\"| 11 | turnover | 2,814,004,694.28 |\",\"row 11\",\"a \"\"quoted\"\" note\"\r\n").facts().get(0);
        assertEquals("2814004694.280", fact.value().toPlainString());
        assertEquals(new FactDraft.PeriodDraft(LocalDate.of(2021, 7, 16), LocalDate.of(2021, 12, 31), "day", null, false, null), fact.period());
        assertEquals(null, fact.valueText());
        assertEquals(null, fact.baseline());
        assertEquals("| 11 | turnover | 2,814,004,694.28 |", fact.quote());
        assertEquals("a \"quoted\" note", fact.note());
    }

    @Test
    void takesTheColumnsInAnyOrder() {
        List<String> columns = new ArrayList<>(List.of(HEADER.strip().split(",")));
        java.util.Collections.reverse(columns);
        String csv = String.join(",", columns) + "\n" + ",p. 3,Good days made up 86.5%.,,2024,year,2024-12-31,2024-01-01,flow,CN,exact,%,,86.5,"
                + "mee-qiushi-ecological-civilization,air.good-days-share\n";
        FactDraft fact = parse(csv).facts().get(0);
        assertEquals("air.good-days-share", fact.metric());
        assertEquals(new BigDecimal("86.5"), fact.value());
        assertEquals(LocalDate.of(2024, 1, 1), fact.period().start());
        assertEquals("p. 3", fact.locator());
    }

    @Test
    void rejectsEachBadRowWithItsLineAndEveryReason() {
        String good = "air.good-days-share,s,86.5,,%,exact,CN,flow,2024-01-01,2024-12-31,year,2024,,q,l,\r\n";
        ReadBody parsed = parse(HEADER + good
                + "air.good-days-share,s,about 86,,%,exact,CN,flow,2024-13-01,31/12/2024,year,2024,,q,l,\r\n"
                + "air.good-days-share,s,86.5\r\n"
                + good);
        assertEquals(4, parsed.rowsRead());
        assertEquals(List.of(2, 5), parsed.lines());
        assertEquals(List.of(
                new RowError(3, null, List.of("period_start: must be a date as YYYY-MM-DD", "period_end: must be a date as YYYY-MM-DD",
                        "value: must be a decimal number such as 4500000000 or 24.02")),
                new RowError(4, null, List.of("has 3 fields where the header has 16"))), parsed.errors());
        assertEquals(2, parsed.facts().size());
    }

    /** A quoted cell may hold a line break, so a row's line is where it starts in the file, not its row number. */
    @Test
    void givesTheLineARowStartsOnAfterACellOfTwoLines() {
        String twoLines = "air.good-days-share,s,86.5,,%,exact,CN,flow,2024-01-01,2024-12-31,year,2024,,\"first line\r\nsecond line\",l,\r\n";
        ReadBody parsed = parse(HEADER + twoLines + "air.good-days-share,s,86.5\r\n"
                + twoLines.replace("2024-", "2023-").replace(",2024,", ",2023,"));
        assertEquals(List.of(2, 5), parsed.lines());
        assertEquals(List.of(new RowError(4, null, List.of("has 3 fields where the header has 16"))), parsed.errors());
    }

    @Test
    void namesEveryProblemOfTheHeader() {
        String header = FactCsv.HEADER.replace("unit,", "").replace("note", "note,colour");
        assertEquals(List.of(new Violation("header", "column 'unit' is missing"), new Violation("header", "column 'colour' is unknown")),
                refused(header + "\r\n"));
    }

    @Test
    void refusesAColumnNamedTwice() {
        assertEquals(List.of(new Violation("header", "names a column twice")), refused(FactCsv.HEADER + ",note\r\n"));
    }

    @Test
    void countsRowsAgainstTheLimit() {
        String row = "air.good-days-share,s,86.5,,%,exact,CN,flow,2024-01-01,2024-12-31,year,2024,,q,l,\r\n";
        assertEquals(3, parse(HEADER + row.repeat(3), 3).rowsRead());
        var tooMany = assertThrows(PayloadTooLargeException.class, () -> parse(HEADER + row.repeat(4), 3));
        assertEquals("The import has more than 3 rows.", tooMany.getMessage());
    }

    @Test
    void readsAHeaderWithoutRowsAsNothingToImport() {
        ReadBody parsed = parse(HEADER);
        assertEquals(0, parsed.rowsRead());
        assertEquals(List.of(), parsed.facts());
    }

    @Test
    void saysWhereTheCsvIsBrokenWithoutInternals() {
        var refused = refused(HEADER + "air.good-days-share,s,\"86.5,,%\r\n");
        assertEquals(1, refused.size());
        assertEquals("body", refused.get(0).field());
        assertEquals(true, refused.get(0).message().startsWith("is not readable CSV: "), refused.get(0).message());
    }

    @Test
    void saysThatABodyIsNotUtf8() {
        byte[] latin1 = (HEADER + "air.good-days-share,s,86.5,,%,exact,CN,flow,2024-01-01,,year,,,caf\u00e9,l,\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        var strictUtf8 = new InputStreamReader(new ByteArrayInputStream(latin1), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        var refused = assertThrows(InvalidRequestException.class, () -> ReadBody.of(intake -> FactCsv.parse(strictUtf8, 100, intake))).violations();
        assertEquals(List.of(new Violation("body", "is not readable CSV: it is not valid UTF-8 text")), refused);
    }
}
