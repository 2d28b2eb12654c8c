package org.carbonmarket.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import org.carbonmarket.api.v1.PageResponse;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Answers a page as RFC 4180 CSV (UTF-8, CRLF, a header row) when content negotiation chose text/csv.
 * Columns come from the item type, nested records flattened with dots ({@code metric.code},
 * {@code period.start}), so an empty page still has its header; lists and free-form values are written as
 * JSON text. Values are those of the JSON answer, through the same object mapper, except that a text cell a
 * spreadsheet would run as a formula (one starting with =, +, -, @, a tab or a carriage return) is prefixed with a
 * single quote and quoted, as OWASP's "CSV Injection" advises; numbers, negative ones included, stay as they are.
 */
public class CsvPages {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private static final CSVFormat QUOTED = FORMAT.builder().setQuoteMode(QuoteMode.ALL).get();
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final ObjectMapper mapper;

    CsvPages(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Runs before {@link HttpCaching#describe} (higher priority, earlier), which keeps the CSV as sent. */
    @ServerResponseFilter(priority = Priorities.USER + 1000)
    public void toCsv(ContainerResponseContext response) {
        if (!(response.getEntity() instanceof PageResponse<?> page)
                || response.getMediaType() == null || !response.getMediaType().isCompatible(MediaType.valueOf(Csv.MEDIA_TYPE))) {
            return;
        }
        Class<?> itemType = itemType(response.getEntityType());
        if (itemType == null) {
            return;
        }
        response.setEntity(write(page, itemType), null, MediaType.valueOf(Csv.MEDIA_TYPE + ";charset=UTF-8;header=present"));
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, Csv.MEDIA_TYPE + ";charset=UTF-8;header=present");
    }

    private String write(PageResponse<?> page, Class<?> itemType) {
        List<String> columns = new ArrayList<>();
        columns(itemType, "", columns);
        StringWriter out = new StringWriter();
        try {
            FORMAT.printRecord(out, columns.toArray());
            for (Object item : page.items()) {
                JsonNode node = mapper.valueToTree(item);
                for (int i = 0; i < columns.size(); i++) {
                    cell(node.at("/" + columns.get(i).replace('.', '/')), out, i == 0);
                }
                FORMAT.println(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private void cell(JsonNode value, StringWriter out, boolean first) throws IOException {
        String text = text(value);
        if (value.isTextual() && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            QUOTED.print("'" + text, out, first);
        } else {
            FORMAT.print(text, out, first);
        }
    }

    /** The record type of the page's items; resources declare it as RestResponse<PageResponse<Item>>. */
    private static Class<?> itemType(Type entityType) {
        if (!(entityType instanceof ParameterizedType parameterized)) {
            return null;
        }
        Type argument = parameterized.getActualTypeArguments()[0];
        if (parameterized.getRawType() == RestResponse.class) {
            return itemType(argument);
        }
        return argument instanceof Class<?> item && item.isRecord() ? item : null;
    }

    private static void columns(Class<?> type, String prefix, List<String> columns) {
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + component.getName();
            if (component.getType().isRecord()) {
                columns(component.getType(), name + ".", columns);
            } else {
                columns.add(name);
            }
        }
    }

    private String text(JsonNode value) throws JsonProcessingException {
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isBigDecimal()) {
            return value.decimalValue().toPlainString();
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        return mapper.writeValueAsString(value);
    }
}
