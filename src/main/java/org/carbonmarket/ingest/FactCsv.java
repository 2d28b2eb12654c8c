package org.carbonmarket.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
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
 * The CSV import format: one fact a line (RFC 4180, UTF-8, a header row naming the columns, in any order; rounded_to,
 * period_inferred, period_basis and scope may be left out).
 * Sources and metrics must exist already; import them as JSON first.
 */
public final class FactCsv {

    static final String HEADER = "metric,source,value,value_text,unit,qualifier,rounded_to,region,time,period_start,period_end,"
            + "period_precision,period_label,period_inferred,period_basis,baseline,scope,quote,locator,note";

    static final List<String> COLUMNS = List.of(HEADER.split(","));

    /** Columns a file may leave out: every cell of theirs is then empty. */
    private static final Set<String> OPTIONAL = Set.of("rounded_to", "period_inferred", "period_basis", "scope");

    /** The header and one example line, as the template endpoint serves it. */
    public static final String TEMPLATE = HEADER + "\r\n"
            + "land.forest-coverage,mee-qiushi-ecological-civilization,24.02,,%,exact,0.01,CN,state,2022-01-01,2023-12-31,year,"
            + "\"the article's present (2022-2023); the article states no date\",true,"
            + "\"The article states no date; it reports its own present and cites the July 2023 National Conference on "
            + "Ecological and Environmental Protection, so this state describes 2022-2023.\",,,"
            + "\"A total of 1.02 billion mu of forests have been planted, and the forest coverage rate has increased to 24.02%, "
            + "making it the country with the largest and fastest growth of forest resources and the largest area of "
            + "artificial afforestation in the world.\",\"Part 3, paragraph 3\",\r\n";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private FactCsv() {
    }

    /** Reads the file a record at a time: each fact goes to the intake under the line it starts on. */
    static ParsedImport parse(Reader reader, int maxRows, FactIntake intake) {
        try (CSVParser parser = FORMAT.parse(reader)) {
            checkHeader(parser.getHeaderNames());
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
                    intake.add(line, fact);
                } else {
                    intake.reject(line, reasons);
                }
            }
            return new ParsedImport(new Dataset(null, null, null, null), rows);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidRequestException("body", "is not readable CSV: " + readable(e));
        }
    }

    private static void checkHeader(List<String> header) {
        Set<String> given = new LinkedHashSet<>(header);
        List<InvalidRequestException.Violation> violations = new ArrayList<>();
        COLUMNS.stream().filter(column -> !given.contains(column) && !OPTIONAL.contains(column))
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
            reasons.add("has " + record.size() + " fields where the header has " + record.getParser().getHeaderNames().size());
            return null;
        }
        var period = new FactDraft.PeriodDraft(date(record, "period_start", reasons), date(record, "period_end", reasons),
                cell(record, "period_precision"), cell(record, "period_label"), bool(record, "period_inferred", reasons),
                cell(record, "period_basis"));
        return new FactDraft(null, cell(record, "metric"), cell(record, "source"), decimal(record, "value", reasons),
                cell(record, "value_text"), cell(record, "unit"), cell(record, "qualifier"), decimal(record, "rounded_to", reasons),
                cell(record, "region"), cell(record, "time"), period, cell(record, "baseline"), cell(record, "scope"),
                cell(record, "quote"), cell(record, "locator"), cell(record, "note"));
    }

    /** An empty cell, or one of a column the file leaves out, is an absent value. */
    private static String cell(CSVRecord record, String column) {
        if (!record.isMapped(column)) {
            return null;
        }
        String value = record.get(column);
        return value.isEmpty() ? null : value;
    }

    private static BigDecimal decimal(CSVRecord record, String column, List<String> reasons) {
        String text = cell(record, column);
        try {
            return text == null ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            reasons.add(column + ": must be a decimal number such as 4500000000 or 24.02");
            return null;
        }
    }

    /** Empty is false: a period is stated unless the row says it was inferred. */
    private static boolean bool(CSVRecord record, String column, List<String> reasons) {
        String text = cell(record, column);
        if (text != null && !text.equals("true") && !text.equals("false")) {
            reasons.add(column + ": must be true, false or empty");
        }
        return "true".equals(text);
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
