package org.carbonmarket.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.config.WithDefault;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carbonmarket.config.DatasetConfig;

/**
 * The shipped datasets as their files state them, so that a test computes what the API should answer instead of
 * counting rows by hand: a curator who adds a fact to a dataset breaks no test that does not concern that fact.
 */
public final class Datasets {

    /** The files the service loads at start-up, as its configuration names them by default. */
    public static final List<String> SHIPPED = shipped();

    private static final List<JsonNode> FILES = SHIPPED.stream().map(Datasets::read).toList();
    private static final Map<String, JsonNode> METRICS = all("metrics").stream()
            .collect(Collectors.toMap(metric -> metric.path("code").asText(), Function.identity()));
    private static final Map<String, JsonNode> SOURCES = all("sources").stream()
            .collect(Collectors.toMap(source -> source.path("id").asText(), Function.identity()));

    private Datasets() {
    }

    public static List<JsonNode> topics() {
        return all("topics");
    }

    public static List<JsonNode> sources() {
        return all("sources");
    }

    /** A shipped source by its id. */
    public static JsonNode source(String id) {
        return SOURCES.get(id);
    }

    public static List<JsonNode> metrics() {
        return all("metrics");
    }

    public static List<JsonNode> facts() {
        return all("facts");
    }

    public static List<JsonNode> facts(Predicate<JsonNode> which) {
        return facts().stream().filter(which).toList();
    }

    /** The facts that cite this source. */
    public static List<JsonNode> factsOf(String source) {
        return facts(citing(source));
    }

    public static Predicate<JsonNode> citing(String source) {
        return fact -> fact.path("source").asText().equals(source);
    }

    public static Predicate<JsonNode> ofMetric(String code) {
        return fact -> fact.path("metric").asText().equals(code);
    }

    public static Predicate<JsonNode> ofTopic(String topic) {
        return fact -> metric(fact).path("topic").asText().equals(topic);
    }

    public static Predicate<JsonNode> inRegion(String region) {
        return fact -> fact.path("region").asText().equals(region);
    }

    /**
     * Facts with a text that holds every one of the words, ignoring case: what full-text search finds for words that
     * no stemming changes, such as names, or runs of two or more Chinese characters. A fact's texts, each searched
     * as a whole, are its quote; its metric's names and descriptions, English and Chinese; and its source's title.
     */
    public static Predicate<JsonNode> mentioning(String... words) {
        return fact -> {
            JsonNode metric = metric(fact);
            return Stream.of(fact.path("quote").asText(),
                            String.join(" ", metric.path("name").asText(), metric.path("description").asText(),
                                    metric.path("nameZh").asText(), metric.path("descriptionZh").asText()),
                            SOURCES.get(fact.path("source").asText()).path("title").asText())
                    .map(text -> text.toLowerCase(Locale.ROOT))
                    .anyMatch(text -> Stream.of(words).allMatch(word -> text.contains(word.toLowerCase(Locale.ROOT))));
        };
    }

    /**
     * Facts that {@code to=day} selects: a state whose period ends by that day, a flow or a change whose period starts
     * by it (ISO dates compare as text).
     */
    public static Predicate<JsonNode> selectedUpTo(String day) {
        return fact -> {
            boolean state = "state".equals(fact.path("time").asText());
            JsonNode date = fact.path("period").path(state ? "end" : "start");
            return state ? date.isTextual() && date.asText().compareTo(day) <= 0 : !date.isTextual() || date.asText().compareTo(day) <= 0;
        };
    }

    /** How many pages of this size the elements fill, as {@code totalPages} counts them. */
    public static int pages(int elements, int size) {
        return (elements + size - 1) / size;
    }

    private static JsonNode metric(JsonNode fact) {
        JsonNode metric = METRICS.get(fact.path("metric").asText());
        if (metric == null) {
            throw new IllegalStateException("no shipped dataset defines the metric of " + fact);
        }
        return metric;
    }

    /** The facts of one shipped file, in its order. */
    public static List<JsonNode> factsIn(String resource) {
        List<JsonNode> facts = new ArrayList<>();
        FILES.get(SHIPPED.indexOf(resource)).path("facts").forEach(facts::add);
        return facts;
    }

    private static List<JsonNode> all(String kind) {
        List<JsonNode> entries = new ArrayList<>();
        FILES.forEach(file -> file.path(kind).forEach(entries::add));
        return entries;
    }

    private static List<String> shipped() {
        try {
            String resources = DatasetConfig.class.getMethod("resources").getAnnotation(WithDefault.class).value();
            return List.of(resources.split(","));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the dataset configuration names no resources", e);
        }
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Datasets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
