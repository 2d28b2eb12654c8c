package org.carbonmarket.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.carbonmarket.common.SafeCsv;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Writes a page as RFC 4180 CSV (UTF-8, CRLF, a header row) when content negotiation chose text/csv.
 * Columns come from the item type, nested records flattened with dots ({@code metric.code},
 * {@code period.start}), so an empty page still has its header; lists and free-form values are written as
 * JSON text. Values are those of the JSON answer, through the same object mapper, in {@link SafeCsv}'s cells.
 */
@Provider
@Produces(Csv.MEDIA_TYPE)
// Declared for Object: Quarkus REST finds writers by the entity's classes, not by the interfaces they implement.
public class CsvPageWriter implements MessageBodyWriter<Object> {

    private final ObjectMapper mapper;

    CsvPageWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Page.class.isAssignableFrom(type) && itemType(genericType) != null;
    }

    @Override
    public void writeTo(Object entity, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        headers.putSingle(HttpHeaders.CONTENT_TYPE, Csv.MEDIA_TYPE + ";charset=UTF-8;header=present");
        List<String> columns = new ArrayList<>();
        columns(itemType(genericType), "", columns);
        Writer out = new OutputStreamWriter(body, StandardCharsets.UTF_8);
        SafeCsv csv = new SafeCsv();
        csv.header(columns, out);
        for (Object item : ((Page<?>) entity).items()) {
            JsonNode node = mapper.valueToTree(item);
            for (int i = 0; i < columns.size(); i++) {
                JsonNode value = node.at("/" + columns.get(i).replace('.', '/'));
                csv.cell(text(value), value.isTextual(), out, i == 0);
            }
            csv.endRow(out);
        }
        out.flush();
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
