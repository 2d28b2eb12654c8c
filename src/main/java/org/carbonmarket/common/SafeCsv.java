package org.carbonmarket.common;

import java.io.IOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * RFC 4180 CSV cells that a spreadsheet opens as data: a text cell it would run as a formula (one starting with =,
 * +, -, @, a tab or a carriage return) is prefixed with a single quote and quoted, as OWASP's "CSV Injection"
 * advises; numbers, negative ones included, stay as they are.
 */
public final class SafeCsv {

    public static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private static final CSVFormat QUOTED = FORMAT.builder().setQuoteMode(QuoteMode.ALL).get();
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SafeCsv() {
    }

    /** Prints one cell; {@code text} says whether it holds text, which alone may be read as a formula. */
    public static void print(String value, boolean text, Appendable out, boolean first) throws IOException {
        if (text && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
            QUOTED.print("'" + value, out, first);
        } else {
            FORMAT.print(value, out, first);
        }
    }
}
