package org.carbonmarket.common;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * RFC 4180 CSV cells that a spreadsheet opens as data: a text cell it would run as a formula (one starting with =,
 * +, -, @, a tab or a carriage return) is prefixed with a single quote and quoted, as OWASP's "CSV Injection"
 * advises; numbers, negative ones included, stay as they are.
 *
 * <p>One per written answer: commons-csv prints under a lock on the format, and a writer blocks, holding it, while
 * its client does not read; a format shared by all answers made every CSV answer wait for the slowest client.
 */
public final class SafeCsv {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVFormat plain = CSVFormat.RFC4180.builder().get();
    private final CSVFormat quoted = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

    /** Prints the header row. */
    public void header(List<String> columns, Appendable out) throws IOException {
        plain.printRecord(out, columns.toArray());
    }

    /** Prints one cell; {@code text} says whether it holds text, which alone may be read as a formula. */
    public void cell(String value, boolean text, Appendable out, boolean first) throws IOException {
        if (text && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
            quoted.print("'" + value, out, first);
        } else {
            plain.print(value, out, first);
        }
    }

    /** Ends a row. */
    public void endRow(Appendable out) throws IOException {
        plain.println(out);
    }
}
