package org.carbonmarket.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.carbonmarket.common.SafeCsv;

/**
 * The forms a snapshot's table is written in. CSV: RFC 4180, UTF-8, a header row, a list as its JSON text, cells
 * that a spreadsheet opens as data ({@link SafeCsv}). JSON Lines: one object per row with the columns in order,
 * decimals as exact JSON numbers. Both write a value of the same row the same way every time.
 */
public enum SnapshotFormat {

    CSV("csv", "text/csv;charset=UTF-8;header=present") {
        @Override
        TableWriter open(List<String> columns, OutputStream out) throws IOException {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            SafeCsv csv = new SafeCsv();
            csv.header(columns, writer);
            return new TableWriter() {
                @Override
                public void row(Object[] values) throws IOException {
                    for (int i = 0; i < values.length; i++) {
                        Object value = values[i];
                        csv.cell(value instanceof String[] list ? json(list) : text(value), value instanceof String, writer, i == 0);
                    }
                    csv.endRow(writer);
                }

                @Override
                public void close() throws IOException {
                    writer.flush();
                }
            };
        }
    },
    JSON_LINES("jsonl", SnapshotFormat.JSON_LINES_TYPE) {
        @Override
        TableWriter open(List<String> columns, OutputStream out) throws IOException {
            JsonGenerator json = JSON.createGenerator(out);
            json.setRootValueSeparator(null);
            return new TableWriter() {
                @Override
                public void row(Object[] values) throws IOException {
                    json.writeStartObject();
                    for (int i = 0; i < values.length; i++) {
                        json.writeFieldName(columns.get(i));
                        write(json, values[i]);
                    }
                    json.writeEndObject();
                    json.writeRaw('\n');
                }

                @Override
                public void close() throws IOException {
                    json.flush();
                }
            };
        }
    };

    public static final String JSON_LINES_TYPE = "application/jsonl";

    /** The UTF-8 byte-order mark that tells a spreadsheet a CSV file's encoding (so that it shows Chinese names). */
    static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private final String extension;
    private final String mediaType;

    SnapshotFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<SnapshotFormat> withExtension(String extension) {
        return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
    }

    /** Starts writing rows of these columns to {@code out}: the header, where the form has one. */
    abstract TableWriter open(List<String> columns, OutputStream out) throws IOException;

    /** Writes the rows of one table as they come. */
    interface TableWriter {

        /** One row's values: null, text, an exact decimal or integer, a boolean or a list of texts. */
        void row(Object[] values) throws IOException;

        /** Writes out what is buffered; the stream stays open. */
        void close() throws IOException;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    private static String json(String[] list) throws IOException {
        var text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            write(json, list);
        }
        return text.toString();
    }

    private static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
        } else if (value instanceof Long || value instanceof Integer) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof String[] list) {
            json.writeArray(list, 0, list.length);
        } else {
            json.writeString(value.toString());
        }
    }
}
