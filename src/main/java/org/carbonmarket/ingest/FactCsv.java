package org.carbonmarket.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.carbonmarket.common.InvalidRequestException;
import org.carbonmarket.common.PayloadTooLargeException;
import org.carbonmarket.fact.FactDraft;

/**
 * The CSV import format: one fact a line (RFC 4180, UTF-8, a header row naming every column, in any order).
 * Sources and metrics must exist already; import them as JSON first.
 */
public final class FactCsv {

    static final String HEADER = "metric,source,value,value_text,unit,qualifier,region,period_start,period_end,"
            + "period_precision,period_label,baseline,quote,locator,note";

    static final List<String> COLUMNS = List.of(HEADER.split(","));

    /** The header and one example line, as the template endpoint serves it. */
    public static final String TEMPLATE = HEADER + "\r\n"
            + "land.forest-coverage,mee-qiushi-ecological-civilization,24.02,,%,exact,CN,2012-01-01,,year,"
            + "\"the past 10 years, since the 18th National Congress of the CPC (2012)\",,"
            + "\"A total of 1.02 billion mu of forests have been planted, and the forest coverage rate has increased to 24.02%, "
            + "making it the country with the largest and fastest growth of forest resources and the largest area of "
            + "artificial afforestation in the world.\",\"Part 3, paragraph 3\",\r\n";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private FactCsv() {
    }

    static ParsedImport parse(Reader reader, int maxRows) {
        try (CSVParser parser = FORMAT.parse(reader)) {
            checkHeader(parser.getHeaderNames());
            List<FactDraft> facts = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            List<RowError> errors = new ArrayList<>();
            int rows = 0;
            long linesRead = parser.getCurrentLineNumber(); // the header's
            for (CSVRecord record : parser) {
                if (++rows > maxRows) {
                    throw new PayloadTooLargeException("The import has more than " + maxRows + " rows.");
                }
                // The line the record starts on: a quoted cell may hold line breaks, so records and lines differ.
                int line = (int) linesRead + 1;
                linesRead = parser.getCurrentLineNumber();
                List<String> reasons = new ArrayList<>();
                FactDraft fact = read(record, reasons);
                if (reasons.isEmpty()) {
                    facts.add(fact);
                    lines.add(line);
                } else {
                    errors.add(new RowError(line, null, reasons));
                }
            }
            return new ParsedImport(new Dataset(List.of(), List.of(), List.of(), facts), rows, lines, errors);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidRequestException("body", "is not readable CSV: " + readable(e));
        }
    }

    private static void checkHeader(List<String> header) {
        Set<String> given = new LinkedHashSet<>(header);
        List<InvalidRequestException.Violation> violations = new ArrayList<>();
        COLUMNS.stream().filter(column -> !given.contains(column))
                .forEach(column -> violations.add(new InvalidRequestException.Violation("header", "column '" + column + "' is missing")));
        given.stream().filter(column -> !COLUMNS.contains(column))
                .forEach(column -> violations.add(new InvalidRequestException.Violation("header", "column '" + column + "' is unknown")));
        if (given.size() != header.size()) {
            violations.add(new InvalidRequestException.Violation("header", "names a column twice"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    private static FactDraft read(CSVRecord record, List<String> reasons) {
        if (!record.isConsistent()) {
            reasons.add("has " + record.size() + " fields where the header has " + COLUMNS.size());
            return null;
        }
        var period = new FactDraft.PeriodDraft(date(record, "period_start", reasons), date(record, "period_end", reasons),
                cell(record, "period_precision"), cell(record, "period_label"));
        return new FactDraft(cell(record, "metric"), cell(record, "source"), decimal(record, reasons), cell(record, "value_text"),
                cell(record, "unit"), cell(record, "qualifier"), cell(record, "region"), period, cell(record, "baseline"),
                cell(record, "quote"), cell(record, "locator"), cell(record, "note"));
    }

    /** An empty cell is an absent value. */
    private static String cell(CSVRecord record, String column) {
        String value = record.get(column);
        return value.isEmpty() ? null : value;
    }

    private static BigDecimal decimal(CSVRecord record, List<String> reasons) {
        String text = cell(record, "value");
        try {
            return text == null ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            reasons.add("value: must be a decimal number such as 4500000000 or 24.02");
            return null;
        }
    }

    private static LocalDate date(CSVRecord record, String column, List<String> reasons) {
        String text = cell(record, column);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            reasons.add(column + ": must be a date as YYYY-MM-DD");
            return null;
        }
    }

    /** The parser's message names the line; its exception class and internals stay here. */
    static String readable(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof CharacterCodingException) {
            return "it is not valid UTF-8 text";
        }
        String message = cause.getMessage() == null ? "malformed input" : cause.getMessage();
        return message.length() > 200 ? message.substring(0, 200) : message;
    }
}
