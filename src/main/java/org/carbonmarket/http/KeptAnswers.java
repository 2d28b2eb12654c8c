package org.carbonmarket.http;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.carbonmarket.config.CacheConfig;

/**
 * Rendered answers by token, least recently used first out, bounded by the bytes they hold rather than by
 * their number: a page of 100 facts and a single topic differ a thousandfold, and a client that asks for many
 * large pages must not be able to fill the heap. An answer larger than a tenth of the bound is not kept.
 * Its size and count are exported as gauges.
 */
@ApplicationScoped
public class KeptAnswers {

    /** An answer as sent: its body and the headers that go with it. */
    public record Kept(byte[] body, MediaType type, String etag, String link) {

        /** What it costs to hold, roughly: the bytes, the strings (two bytes a character) and the objects. */
        long size(String token) {
            return body.length + 2L * (token.length() + etag.length() + (link == null ? 0 : link.length())) + 256;
        }
    }

    private final long maxBytes;
    private final LinkedHashMap<String, Kept> answers = new LinkedHashMap<>(1024, 0.75f, true);
    private long bytes;

    KeptAnswers(CacheConfig config, MeterRegistry registry) {
        this.maxBytes = config.maxBytes().orElse(Runtime.getRuntime().maxMemory() / 20);
        Gauge.builder("carbonmarket.kept.answers.bytes", this, KeptAnswers::bytes)
                .description("Bytes held by the answers kept for replay").register(registry);
        Gauge.builder("carbonmarket.kept.answers", this, KeptAnswers::count)
                .description("Answers kept for replay").register(registry);
    }

    synchronized Kept get(String token) {
        return answers.get(token);
    }

    synchronized void put(String token, Kept answer) {
        long size = answer.size(token);
        if (size > maxBytes / 10) {
            return;
        }
        Kept old = answers.put(token, answer);
        bytes += size - (old == null ? 0 : old.size(token));
        Iterator<Map.Entry<String, Kept>> eldest = answers.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            var entry = eldest.next();
            bytes -= entry.getValue().size(entry.getKey());
            eldest.remove();
        }
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized int count() {
        return answers.size();
    }
}
