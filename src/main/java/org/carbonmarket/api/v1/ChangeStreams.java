package org.carbonmarket.api.v1;

import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.carbonmarket.common.DataVersion;
import org.carbonmarket.common.Window;
import org.carbonmarket.feed.FeedEntry;
import org.carbonmarket.feed.FeedService;

/**
 * The open streams of the change feed ({@code Accept: text/event-stream}). One thread serves them all, in rounds
 * every {@value #POLL_MILLIS} ms: a stream gets the changes after its position, at most {@value #BATCH} a round, in
 * the rounds after it opened until it has caught up, and after the data version moved (which the data version
 * listener learns within its bound); so a stream that catches up on a long feed does not hold up the others.
 * Between changes a comment every {@value #KEEP_ALIVE_SECONDS} seconds keeps proxies from closing an idle stream.
 */
@ApplicationScoped
class ChangeStreams {

    private static final long POLL_MILLIS = 100;
    private static final long KEEP_ALIVE_SECONDS = 15;
    private static final int BATCH = 500;

    /** An open stream: its client, and the position of the last change it was sent. */
    private static final class Stream {
        final SseEventSink sink;
        final Sse sse;
        final Function<Window.Position, String> cursor;
        List<String> position;
        /** Whether changes after its position may be left: true until a round sends less than a batch. */
        boolean behind = true;
        long lastSent = System.nanoTime();

        Stream(SseEventSink sink, Sse sse, Function<Window.Position, String> cursor, List<String> position) {
            this.sink = sink;
            this.sse = sse;
            this.cursor = cursor;
            this.position = position;
        }
    }

    private final FeedService feed;
    private final DataVersion dataVersion;
    private final Set<Stream> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService serving = Executors.newSingleThreadScheduledExecutor(task -> {
        var thread = new Thread(task, "change-streams");
        thread.setDaemon(true);
        return thread;
    });
    /** The data version the streams were last served at; only the serving thread touches it. */
    private long servedVersion = -1;

    ChangeStreams(FeedService feed, DataVersion dataVersion) {
        this.feed = feed;
        this.dataVersion = dataVersion;
        serving.scheduleWithFixedDelay(this::serve, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Opens a stream from {@code position} ({@code null}: the feed's start): the changes since, then each new one. */
    void open(SseEventSink sink, Sse sse, List<String> position, Function<Window.Position, String> cursor) {
        sink.send(sse.newEventBuilder().comment("changes after the position asked for, then each as it commits").build());
        open.add(new Stream(sink, sse, cursor, position));
    }

    private void serve() {
        try {
            long version = dataVersion.current().version();
            boolean moved = version != servedVersion;
            servedVersion = version;
            for (Stream stream : open) {
                if (stream.sink.isClosed() || ((moved || stream.behind) && !send(stream)) || !keptAlive(stream)) {
                    open.remove(stream);
                }
            }
        } catch (RuntimeException e) {
            // The next round tries again: a stream falls behind for a while, and skips nothing.
            Log.warnf(e, "Could not serve the change streams");
        }
    }

    /** Sends the next batch of changes after the stream's position; false once its client has gone. */
    private boolean send(Stream stream) {
        List<FeedEntry> entries = feed.after(stream.position, BATCH);
        for (FeedEntry entry : entries) {
            if (stream.sink.isClosed()) {
                return false;
            }
            String cursor = stream.cursor.apply(new Window.Position(false, entry.position()));
            stream.sink.send(stream.sse.newEventBuilder().id(cursor).name("change").mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(ChangeResponse.class, ChangeResponse.of(entry, cursor)).build());
            stream.position = entry.position();
            stream.lastSent = System.nanoTime();
        }
        stream.behind = entries.size() == BATCH;
        return !stream.sink.isClosed();
    }

    private boolean keptAlive(Stream stream) {
        if (System.nanoTime() - stream.lastSent > TimeUnit.SECONDS.toNanos(KEEP_ALIVE_SECONDS)) {
            stream.sink.send(stream.sse.newEventBuilder().comment("keep-alive").build());
            stream.lastSent = System.nanoTime();
        }
        return !stream.sink.isClosed();
    }

    @PreDestroy
    void close() {
        serving.shutdownNow();
        open.forEach(stream -> stream.sink.close());
    }
}
