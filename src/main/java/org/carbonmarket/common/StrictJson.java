package org.carbonmarket.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Holds a JSON body to one meaning before it is bound. Jackson on its own decodes overlong UTF-8 (C0 AF
 * becomes "/"), lets the last of two equal property names win, and ignores whatever follows the value; a
 * body that says one thing to us and another to a proxy or log reader is refused instead. Malformed JSON is
 * left to the binding, which says where it is; text rules (NUL, lone surrogates) are {@link Checks}'.
 */
public final class StrictJson {

    private StrictJson() {
    }

    /** Throws {@link InvalidRequestException} unless the body is strict UTF-8 and at most one JSON value, each property given once. */
    public static void check(JsonFactory json, byte[] body) {
        requireUtf8(body);
        try (JsonParser parser = json.createParser(body)) {
            if (walkValue(parser)) {
                requireEnd(parser);
            }
        } catch (JsonProcessingException e) {
            // malformed within the value: the binding reports it with its line and column
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the body is in memory
        }
    }

    private static void requireUtf8(byte[] body) {
        CharsetDecoder decoder = Utf8.strictDecoder();
        ByteBuffer in = ByteBuffer.wrap(body);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(body.length), true);
        if (result.isError()) {
            throw new InvalidRequestException("body", "is not valid UTF-8 (byte " + (in.position() + 1) + ")");
        }
    }

    /** Reads the first value whole, refusing a property named twice; false for an empty body. */
    private static boolean walkValue(JsonParser parser) throws IOException {
        Deque<Set<String>> names = new ArrayDeque<>();
        JsonToken token = parser.nextToken();
        if (token == null) {
            return false;
        }
        do {
            switch (token) {
                case START_OBJECT -> names.push(new HashSet<>());
                case END_OBJECT -> names.pop();
                case FIELD_NAME -> {
                    if (!names.getFirst().add(parser.currentName())) {
                        throw new InvalidRequestException(path(parser.getParsingContext()), "is given twice");
                    }
                }
                default -> {
                }
            }
        } while (!parser.getParsingContext().inRoot() && (token = parser.nextToken()) != null);
        return true;
    }

    private static void requireEnd(JsonParser parser) throws IOException {
        JsonLocation at;
        try {
            if (parser.nextToken() == null) {
                return;
            }
            at = parser.currentTokenLocation();
        } catch (JsonProcessingException e) {
            at = e.getLocation(); // not even JSON, but still after the value
        }
        throw new InvalidRequestException("body", "has more after the JSON value (line " + at.getLineNr()
                + ", column " + at.getColumnNr() + ")");
    }

    /** A property's path as the API's errors name fields: {@code period.start}, {@code regions[0]}. */
    private static String path(JsonStreamContext context) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.add(0, c);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path.append('[').append(c.getCurrentIndex()).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(c.getCurrentName());
            }
        }
        return path.toString();
    }
}
