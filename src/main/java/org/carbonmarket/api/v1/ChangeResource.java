package org.carbonmarket.api.v1;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import org.carbonmarket.common.Window;
import org.carbonmarket.feed.FeedEntry;
import org.carbonmarket.feed.FeedService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/changes")
@Tag(name = "Changes", description = "Every committed change of facts, metrics and sources, in commit order: what a "
        + "service that keeps a copy syncs from.")
public class ChangeResource {

    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 1000;

    private final FeedService feed;
    private final Cursors cursors;
    private final ChangeStreams streams;

    ChangeResource(FeedService feed, Cursors cursors, ChangeStreams streams) {
        this.feed = feed;
        this.cursors = cursors;
        this.streams = streams;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listChanges", summary = "List changes",
            description = "Every committed change of a fact, metric or source (created, updated, retired, by a curator, "
                    + "an import or a shipped dataset) after the position `after`, in the order the commits happened; "
                    + "within a commit by kind, key and version. An import appears as its changes, each linking to "
                    + "the import. Resuming from the last cursor a client was given, on any replica, it gets every "
                    + "later change exactly once, even when transactions commit in another order than they started: "
                    + "a change is listed only once its commit is, and commits are numbered as they commit. With "
                    + "`Accept: text/event-stream` the connection stays open and each change is pushed as an event "
                    + "named `change` whose id is its cursor and whose data is the Change, from `after` or the "
                    + "Last-Event-ID header on.")
    @APIResponse(responseCode = "200", ref = "ChangePage")
    public RestResponse<ChangePageResponse> list(
            @Parameter(description = "A cursor: the `nextCursor` of a page, or the `cursor` of a change. Without it, "
                    + "the feed starts from its first change.", schema = @Schema(type = SchemaType.STRING, maxLength = 2000))
            @QueryParam("after") String after,
            @Parameter(description = "Changes per page.", example = "100", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "1000", defaultValue = "100")) @QueryParam("size") String size,
            @Context UriInfo uri) {
        var params = new QueryParams();
        int limit = params.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        List<String> position = position(params, after, uri);
        params.validate();
        List<FeedEntry> entries = feed.after(position, limit + 1);
        var cursor = cursors.encoder(uri);
        List<ChangeResponse> items = entries.stream().limit(limit)
                .map(entry -> ChangeResponse.of(entry, cursor.apply(new Window.Position(false, entry.position())))).toList();
        String next = items.isEmpty() ? after : items.get(items.size() - 1).cursor();
        var answer = RestResponse.ResponseBuilder.ok(new ChangePageResponse(items, limit, next, entries.size() > limit));
        if (next != null) {
            answer.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("after", next).build() + ">; rel=\"next\"");
        }
        return answer.build();
    }

    /** The stream of {@link #list}: documented there, as one operation with two media types. */
    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(hidden = true)
    public void stream(@QueryParam("after") String after, @HeaderParam("Last-Event-ID") String lastEventId,
            @Context UriInfo uri, @Context SseEventSink sink, @Context Sse sse) {
        var params = new QueryParams();
        List<String> position = lastEventId != null ? position(params, "Last-Event-ID", lastEventId, uri)
                : position(params, after, uri);
        params.validate();
        streams.open(sink, sse, position, cursors.encoder(uri));
    }

    private List<String> position(QueryParams params, String after, UriInfo uri) {
        return position(params, "after", after, uri);
    }

    private List<String> position(QueryParams params, String name, String cursor, UriInfo uri) {
        if (cursor == null) {
            return null;
        }
        Window.Position position = cursors.decode(name, cursor, uri, params.checks());
        return position == null ? null : position.key();
    }
}
